import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8))
print(math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(1.0, 1.1, rel_tol=0.05))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1e308, math.inf), math.isclose(-0.0, 0.0), math.isclose(a=1, b=1))
print(math.isclose(10**20, 10**20 + 1), math.isclose(3, 3.0000000001, abs_tol=0))

def show(*args, **kw):
    try:
        print(repr(math.isclose(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

show(1, 2, rel_tol=-1)
show(1, 2, abs_tol=-0.1)
show(1)
show(1, 2, 3)
show(1, 2, tol=3)
show("1", 2)
show(1, 2, rel_tol="x")
