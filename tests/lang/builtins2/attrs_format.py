# getattr/setattr/hasattr/delattr and format().
class P:
    cls_attr = "C"

    def __init__(self):
        self.x = 1

    @property
    def boom(self):
        raise AttributeError("from property")

    @property
    def bad(self):
        raise ValueError("not attribute error")


p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "nope", "dflt"), getattr(p, "boom", "caught"))
setattr(p, "y", 5)
print(p.y, hasattr(p, "y"), hasattr(p, "z"), hasattr(p, "boom"), hasattr("s", "upper"))
delattr(p, "y")
print(hasattr(p, "y"), getattr([], "append").__name__, getattr(P, "cls_attr"))
for f, args in [(getattr, (p, "nope")), (getattr, (p, 1)), (hasattr, (p, 1)), (setattr, (p, 1, 2)),
                (delattr, (p, "nope")), (delattr, (p, 2)), (getattr, (p,)), (setattr, (1, "a", 2)),
                (getattr, (p, "bad", 0))]:
    try:
        print(f(*args))
    except (AttributeError, TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(255, "x"), format(1, ""))
print(format(True), format(None), format([1]), format(12345678, ","), format(0.5, "%"))


class F:
    def __format__(self, spec):
        return "F(" + spec + ")"


print(format(F(), "abc"), f"{F():xyz}", format(F()))
for args in [(1, 2), (object(), "x"), ()]:
    try:
        print(format(*args))
    except TypeError as e:
        print(type(e).__name__, e)
