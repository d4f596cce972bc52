# A rational number class: arithmetic with ints on both sides, ordering, hashing, repr/str.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac.of(o) / self

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.n, self.d))

    def __repr__(self):
        return "Frac(%d, %d)" % (self.n, self.d)

    def __str__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)


h = sum(Frac(1, k) for k in range(1, 8))
print(h, repr(h))
print(Frac(1, 2) + Frac(1, 3), 1 - Frac(1, 3), 2 * Frac(3, 4), 1 / Frac(2, 5))
print(Frac(6, -8), -Frac(1, 2), Frac(4, 2) == 2, Frac(1, 3) < Frac(1, 2))
print(sorted([Frac(2, 3), Frac(1, 2), Frac(5, 6), Frac(1, 6)]))
print(min(Frac(3, 7), Frac(2, 5)), max([Frac(1), Frac(9, 10)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), Frac(2, 3) <= Frac(4, 6))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
