# Generators stored as dict values: closed when a value is replaced, popped, deleted,
# or the dict is cleared or dropped.
def gen(tag):
    try:
        yield tag
    finally:
        print(" finally", tag)

def started(tag):
    g = gen(tag)
    next(g)
    return g

d = {"a": started("a"), "b": started("b")}
d["a"] = started("a2")
print("a replaced")
d.pop("b")
print("b popped")
d.update(a=0)
print("a2 replaced by update")
d["c"] = started("c")
d["d"] = started("d")
d.clear()
print("cleared")
d = {i: started(i) for i in range(3)}
d.popitem()
print("popitem")
d = {}
print("dict rebound")
d = {"x": started("x")}
d.setdefault("x", started("not stored"))
print("setdefault kept x")
del d
print("end")
