import math
for v in [2.5, -2.5, 0.4, -0.4, 1e20, -1e-300, 3, -7, True, 2**100, -(2**100) - 1, 1.7976931348623157e308]:
    print(repr(v)[:30], math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(-0.9))
print(math.floor(2**53 + 1.0), math.ceil(2.0**60))

def show(f, v):
    try:
        print(f.__name__, repr(f(v)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for f in (math.floor, math.ceil, math.trunc):
    show(f, math.inf)
    show(f, -math.inf)
    show(f, math.nan)
    show(f, "3")
    show(f, None)
    show(f, [1])
