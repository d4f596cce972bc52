# At the end of the program, suspended module-level generators are closed in CPython's
# order; generators held in containers are closed when their container goes.
def gen(tag):
    try:
        yield tag
    finally:
        print("closing", tag)

def started(tag):
    g = gen(tag)
    next(g)
    return g

a = started("a")
_u = started("_u")
in_list = [started("list[0]"), started("list[1]")]
b = started("b")
in_dict = {"k1": started("dict k1"), "k2": started("dict k2")}
__dunder = started("__dunder")
c = started("c")
never = gen("never started")
a2 = a
print("last statement")
