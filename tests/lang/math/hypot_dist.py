import math
print(math.hypot(3, 4), math.hypot(5, 12, 84), math.hypot(), math.hypot(-7), math.hypot(1.5))
print(math.hypot(*range(10)), math.hypot(*[0.1] * 30), math.hypot(1e-320, 3e-321))
print(math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.hypot(0.0, -0.0), math.hypot(2**60, 1), math.hypot(True, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()))
print(math.dist(range(5), [0] * 5), math.dist((1.5,), (-2,)), math.dist(iter([1, 1]), (4, 5)))

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

show(math.hypot, "3", 4)
show(math.dist, (1, 2), (1, 2, 3))
show(math.dist, 1, 2)
show(math.dist, (1,))
show(math.dist, ("a",), (1,))
show(math.hypot, 10**400)
