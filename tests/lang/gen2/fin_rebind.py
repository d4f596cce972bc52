# Rebinding the only name closes the old generator before the statement ends.
def gen(i):
    try:
        yield i
    finally:
        print("  closing", i)

g = gen(0)
next(g)
print("rebinding")
g = gen(1)
print("rebound (gen 1 not started)")
next(g)
g = None
print("g is None")

for i in range(3):
    g = gen(i)
    print("started", next(g))
print("loop done")
g = 5
print("g is 5")

a = gen("a")
b = gen("b")
next(a)
next(b)
a, b = b, a
print("swapped: nothing closed")
a = b = None
print("both dropped")

def chain_rebind():
    x = gen("x")
    next(x)
    x = gen("y")
    next(x)
    print(" in function, x rebound")
    return "ret"

print(chain_rebind())
