# Unary dunders: __neg__, __pos__, __abs__, __invert__.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return V(self.x, self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return V(self.y, self.x)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


v = V(3, -4)
print(-v, +v, abs(v), ~v, -(-v), ~~v)
print(-v is v, +v is v)


class Weird:
    def __neg__(self):
        return "negated"

    def __invert__(self):
        return 42


print(-Weird(), ~Weird(), [-w for w in [Weird(), Weird()]])
