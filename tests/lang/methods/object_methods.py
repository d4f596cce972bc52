# Methods of object that scripts call explicitly, through super() or the class.
class Base:
    def __init__(self, x):
        super().__init__()
        self.x = x


class Point(Base):
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.created = True
        return obj

    def __init__(self, x, y):
        super().__init__(x)
        object.__setattr__(self, "y", y * 2)


p = Point(1, 2)
print(p.x, p.y, p.created, type(p).__name__)
o = object()
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, o), object.__hash__(o) == hash(o))
print(object.__repr__(p).startswith("<__main__.Point object at 0x"), object.__str__(p) == repr(p))
print(object.__format__(p, "") == str(p), object.__getattribute__(p, "x"))
object.__delattr__(p, "x")
print(hasattr(p, "x"))
for f, args in [(object.__format__, (p, "x")), (object.__new__, (5,)), (object.__new__, (int,)),
                (object.__init__, (o, 1)), (object, (1,)), (object.__setattr__, (o, 1, 2))]:
    try:
        print(f(*args))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(NoInit, 1)
except TypeError as e:
    print(type(e).__name__, e)


class WithInit:
    def __init__(self, a):
        self.a = a


w = object.__new__(WithInit, 1)
print(type(w).__name__, hasattr(w, "a"))


class WithNew:
    def __new__(cls, *args):
        return object.__new__(cls)


print(type(WithNew(1, 2)).__name__, object.__init__(WithNew(), 5))
for cls in (NoInit, WithNew):
    try:
        object.__new__(cls, 1) if cls is WithNew else object.__init__(cls(), 1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    super(WithInit, w).__init__(1)
except TypeError as e:
    print(type(e).__name__, e)
