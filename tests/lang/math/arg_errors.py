import math

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

show(math.sqrt)
show(math.sqrt, 1, 2)
show(lambda: math.sqrt(x=4))
show(math.sqrt, "4")
show(math.sqrt, [4])
show(math.sqrt, None)
show(math.floor)
show(math.floor, 1, 2)
show(math.atan2, 1)
show(math.atan2, 1, 2, 3)
show(lambda: math.atan2(y=1, x=2))
show(lambda: math.hypot(x=3))
show(math.exp, "1.0")
show(math.fabs, {})
show(math.cos, 10**400)
show(math.gcd, 1.5)
show(math.lcm, 2, 3.0)
show(math.factorial, 1, 2)
show(math.trunc)
show(math.isfinite, "inf")
show(math.degrees)
print(math.sqrt.__name__, math.floor.__name__, math.pi.__class__.__name__)
