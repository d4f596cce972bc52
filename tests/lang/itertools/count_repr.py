# repr of count objects follows the counter as it advances
from itertools import count

for args in [(), (5,), (-3,), (0, 2), (1, 1.0), (2.5,), (1.5, -0.5), (True,), (True, 2),
             (2 ** 70,), (2 ** 62,), (5, True), (0, 0), (10, -1), (1.0, 1)]:
    c = count(*args)
    before = repr(c)
    next(c)
    next(c)
    print(args, before, repr(c))

c = count(2 ** 62 - 3)
for _ in range(5):
    print(repr(c), next(c))


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return f'Num({self.v})'


c = count(Num(3), Num(10))
print(repr(c), next(c), next(c), repr(c))
c = count(Num(1))
print(repr(c), next(c), repr(c))
