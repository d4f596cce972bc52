# At the end of the program, suspended module-level generators are closed after the
# last statement, in the order they were created and bound (here the same order),
# whatever their names; a never-started one runs nothing.
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
b = started("b")
__dunder = started("__dunder")
never = gen("never started")
c = started("c")
_ = started("_")
print("last statement")
