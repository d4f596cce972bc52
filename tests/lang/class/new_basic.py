# Simple __new__: controls instance creation; __init__ runs only for instances of the class.
class Point:
    def __new__(cls, x, y):
        print("new", cls.__name__, x, y)
        obj = super().__new__(cls)
        obj.created = True
        return obj

    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, p.created)


class Single:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
            cls._instance.hits = 0
        return cls._instance

    def __init__(self):
        self.hits += 1


a = Single()
b = Single()
print(a is b, a.hits)


class Other:
    def __new__(cls, v):
        return [v]

    def __init__(self, v):
        print("never")


print(Other(3))


class Sub(Point):
    pass


s = Sub(5, 6)
print(type(s).__name__, s.x)


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
