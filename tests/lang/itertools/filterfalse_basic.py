# itertools.filterfalse: the items for which the predicate is false
from itertools import filterfalse, count, islice

print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', [], [0], None, 0.0, 2])))
print(list(filterfalse(bool, [0, 1, '', 'a'])))
print(list(filterfalse(str.isdigit, 'a1b2c3')))
print(list(islice(filterfalse(lambda x: x % 3, count(1)), 4)))
print(list(filterfalse(lambda x: x < 0, [])))


def noisy(items):
    for x in items:
        print('  pull', x)
        yield x


f = filterfalse(lambda x: x > 2, noisy([5, 1, 7, 2]))
print(next(f))
print(next(f))
print(next(f, 'end'))


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v == 'bad':
            raise RuntimeError('bad bool')
        return bool(self.v)

    def __repr__(self):
        return f'B({self.v!r})'


f = filterfalse(None, [B(1), B(0), B('bad'), B('')])
for _ in range(3):
    try:
        print(next(f, 'end'))
    except RuntimeError as e:
        print('RuntimeError', e)
f = filterfalse(lambda x: [] if x else [1], [1, 0, 2])
print(list(f), type(f).__name__)
