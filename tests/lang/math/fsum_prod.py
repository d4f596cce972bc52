import math
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum(range(1, 101)), math.fsum([]), math.fsum(iter([1.5, 2.5])))
print(math.fsum(x / 7 for x in range(100)), math.fsum([1, 2**60, -2**60]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1]))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum([True, 0.5]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod(range(1, 31)))
print(math.prod([1.5, 2, 4]), math.prod([2, 3], start=0.5), math.prod([], start="x"))
print(math.prod([[1], 3]), math.prod(["ab", 2]), math.prod(iter([2, 2.5])))
print(math.prod([2**40, 2**40, 3]), math.prod([10] * 25))

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

show(math.fsum, [1, "a"])
show(math.fsum, 3)
show(math.fsum, [math.inf, -math.inf])
show(math.fsum, [1e308, 1e308])
show(math.fsum)
show(math.prod)
show(math.prod, [1], [2])
show(math.prod, [1], begin=2)
show(math.prod, ["a", "b"])
show(math.prod, 5)
