# hasattr / getattr (with a default) / setattr / delattr on instances and classes.
class P:
    kind = "point"

    def __init__(self):
        self.x = 1


p = P()
print(hasattr(p, "x"), hasattr(p, "y"), hasattr(p, "kind"), hasattr(P, "x"))
print(getattr(p, "x"), getattr(p, "y", "default"), getattr(P, "kind"))
setattr(p, "y", 5)
print(p.y, getattr(p, "y"))
for name in ["a", "b", "c"]:
    setattr(p, name, name * 2)
print(p.a, p.b, p.c)
delattr(p, "a")
print(hasattr(p, "a"))
setattr(P, "shared", 42)
print(p.shared, P().shared)
delattr(P, "shared")
print(hasattr(p, "shared"))
print(getattr(p, "describe", None))
m = getattr(p, "__init__")
print(callable(m))
try:
    getattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 3)
except TypeError as e:
    print(type(e).__name__, e)
