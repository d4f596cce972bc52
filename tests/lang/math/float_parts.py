import math
for v in [0.0, -0.0, 1.0, 0.5, 8.0, -3.75, 1e-310, 1e300, math.inf, -math.inf, 123456789.123]:
    print(repr(v), math.frexp(v), math.modf(v))
print(math.frexp(math.nan), math.modf(math.nan))
print(math.ldexp(0.75, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-0.0, 5), math.ldexp(math.inf, -5))
print(math.ldexp(3, True), math.ldexp(1.5, -10**20), math.ldexp(0.0, 10**20))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), math.fmod(5, math.inf))
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7.5, 2), math.remainder(3, math.inf))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(math.inf, -1), math.copysign(1, math.nan))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1), math.nextafter(3, 3))
print(math.ulp(1.0), math.ulp(-1e300), math.ulp(0.0), math.ulp(math.inf), math.ulp(1.7976931348623157e308), math.ulp(2**52))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(0.0))

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

show(math.ldexp, 1.0, 2.0)
show(math.ldexp, "1", 2)
show(math.frexp, "x")
show(math.fmod, 1)
show(math.copysign, 1, 2, 3)
show(math.nextafter, 1.0)
show(math.ulp)
show(math.modf, None)
