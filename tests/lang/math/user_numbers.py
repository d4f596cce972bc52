import math

class Meters:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)

class Count:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

class Rounder:
    def __floor__(self):
        return "custom floor"
    def __ceil__(self):
        return 42
    def __trunc__(self):
        return -1

class BadFloat:
    def __float__(self):
        return "not a float"

print(math.sqrt(Meters(16)), math.floor(Meters(2.7)), math.ceil(Meters(2.1)))
print(math.isfinite(Meters(1)), math.hypot(Meters(3), Meters(4)), math.fsum([Meters(0.1)] * 10))
print(math.factorial(Count(6)), math.gcd(Count(12), Count(18)), math.isqrt(Count(99)))
print(math.comb(Count(5), Count(2)), math.perm(Count(5), 2), math.sqrt(Count(9)))
print(math.floor(Rounder()), math.ceil(Rounder()), math.trunc(Rounder()))
print(math.floor(Count(3)), math.ldexp(Meters(1.5), 2))

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

show(math.sqrt, BadFloat())
show(math.trunc, Meters(2.5))
show(math.factorial, Meters(5))
show(math.ldexp, 1.0, Count(3))
show(math.gcd, 2.0, 4)
show(math.log, Count(8), Count(2))
show(math.isqrt, Meters(4))
