import math
print([math.gcd(a, b) for a, b in [(12, 18), (0, 5), (0, 0), (-4, 6), (17, 5), (2**80, 6**30)]])
print(math.gcd(), math.gcd(7), math.gcd(-7), math.gcd(12, 18, 27), math.gcd(*range(6, 60, 6)))
print([math.lcm(a, b) for a, b in [(4, 6), (0, 5), (-4, 6), (21, 6), (2**40, 3**20)]])
print(math.lcm(), math.lcm(-9), math.lcm(2, 3, 4, 5), math.lcm(1, 0, 5))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**32, 2**64 - 1]])
big = 10**100 + 12345
r = math.isqrt(big)
print(r, r * r <= big < (r + 1) ** 2)
print(math.isqrt(2**1001), math.isqrt((2**500 + 1) ** 2), math.isqrt((2**500 + 1) ** 2 - 1))
print([math.factorial(n) for n in range(0, 13)])
print(math.factorial(25), math.factorial(52) % 10**20, len(str(math.factorial(1000))))
print(math.factorial(True), math.factorial(0))

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

show(math.factorial, -1)
show(math.factorial, 5.0)
show(math.factorial, 2**64)
show(math.factorial, "5")
show(math.isqrt, -1)
show(math.isqrt, 2.0)
show(math.gcd, 1, "2")
show(math.lcm, 3.0)
show(lambda: math.gcd(x=1))
