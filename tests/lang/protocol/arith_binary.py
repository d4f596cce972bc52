# Binary arithmetic and bitwise dunders on a user class.
class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "N(" + repr(self.v) + ")"

    def _w(self, o):
        return o.v if isinstance(o, N) else o

    def __add__(self, o): return N(self.v + self._w(o))
    def __sub__(self, o): return N(self.v - self._w(o))
    def __mul__(self, o): return N(self.v * self._w(o))
    def __truediv__(self, o): return N(self.v / self._w(o))
    def __floordiv__(self, o): return N(self.v // self._w(o))
    def __mod__(self, o): return N(self.v % self._w(o))
    def __pow__(self, o): return N(self.v ** self._w(o))
    def __lshift__(self, o): return N(self.v << self._w(o))
    def __rshift__(self, o): return N(self.v >> self._w(o))
    def __and__(self, o): return N(self.v & self._w(o))
    def __or__(self, o): return N(self.v | self._w(o))
    def __xor__(self, o): return N(self.v ^ self._w(o))
    def __divmod__(self, o): return (self // o, self % o)


a, b = N(17), N(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** N(2))
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(a + 1, a * 2.5, divmod(a, b))
print(a + b * N(2) - N(1))
x = N(1)
for i in range(4):
    x = x * 2 + i
print(x)


class Concat:
    def __init__(self, s):
        self.s = s

    def __add__(self, other):
        return Concat(self.s + str(other))

    def __mul__(self, n):
        return Concat(self.s * n)

    def __str__(self):
        return self.s


print(Concat("a") + 1 + "b" + 2.0, Concat("ab") * 3)
