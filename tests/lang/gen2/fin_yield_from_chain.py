# Dropping a delegating chain closes it from the top: the innermost finally first.
def level(n):
    try:
        if n == 0:
            yield "bottom"
        else:
            yield from level(n - 1)
    finally:
        print(" finally level", n)

g = level(3)
print(next(g))
g = None
print("chain dropped")

def outer():
    inner = level(1)
    try:
        yield from inner
    finally:
        print(" outer finally, inner frame:", inner.gi_frame)

g = outer()
next(g)
del g
print("end")
