# tee objects are copyable: a copy continues from the same position independently;
# tee() of a tee (or of anything with __copy__) copies it instead of wrapping it
from itertools import tee
import itertools

a, b = tee(range(6))
next(a)
next(a)
c = a.__copy__()
print(type(c).__name__, next(a), next(c), next(c), next(a), list(b))
x, y = tee(a)
print(x is a, next(x), next(y), list(a), list(x), list(y))
a, = tee(range(3), 1)
b, c, d = tee(a, 3)
print(b is a, c is a, list(b), list(c), list(d))
t = itertools._tee([1, 2, 3])
print(type(t).__name__, next(t), list(t.__copy__()), list(t))
u = itertools._tee(t)
print(u is t, list(u))
print(type(itertools._tee(iter('ab'))).__name__)


class Copyable:
    def __init__(self, items, pos=0):
        self.items = items
        self.pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.items):
            raise StopIteration
        self.pos += 1
        return self.items[self.pos - 1]

    def __copy__(self):
        print('  copying at', self.pos)
        return Copyable(self.items, self.pos)


src = Copyable('abc')
next(src)
r = tee(src, 3)
print(r[0] is src, [type(x).__name__ for x in r])
print([list(x) for x in r])


class BadCopy:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __copy__(self):
        raise RuntimeError('no copies')


try:
    tee(BadCopy(), 2)
except RuntimeError as e:
    print('RuntimeError', e)
print(len(tee(BadCopy(), 1)))
