# the key function is called once per item, lazily, as items are pulled
from itertools import groupby


def key(x):
    print('  key', x)
    return x // 10


gb = groupby([1, 5, 12, 15, 31], key)
print('made')
for k, g in gb:
    print('group', k)
    for x in g:
        print('  item', x)

print('skip groups:')
for k, g in groupby([1, 5, 12, 15, 31], key):
    print('group', k)


def bad_key(x):
    if x == 3:
        raise ValueError('bad key 3')
    return x % 2


gb = groupby([1, 3, 5, 2, 4], bad_key)
print(next(gb)[0])
try:
    print(next(gb))
except ValueError as e:
    print('ValueError', e)
# the groupby continues with the next item after the failure
for k, g in gb:
    print(k, list(g))

gb = groupby([1, 1, 3, 3], bad_key)
k, g = next(gb)
print(k, next(g), next(g))
try:
    next(g)
except ValueError as e:
    print('ValueError in group', e)
for _ in range(3):
    try:
        k, g = next(gb)
        print('next group', k, list(g))
    except ValueError as e:
        print('ValueError again', e)
    except StopIteration:
        print('StopIteration')


class Uneq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if self.v == 'x' or other.v == 'x':
            raise TypeError('cannot compare x')
        return self.v == other.v


gb = groupby([Uneq(1), Uneq(1), Uneq('x'), Uneq(2)])
k, g = next(gb)
print(k.v, len(list(g)) if False else next(g).v)
try:
    next(g)
except TypeError as e:
    print('TypeError', e)
try:
    next(gb)
except TypeError as e:
    print('TypeError', e)


def stop_key(x):
    if x == 2:
        raise StopIteration
    return x


print([(k, list(g)) for k, g in groupby([1, 1, 2, 3], stop_key)])
