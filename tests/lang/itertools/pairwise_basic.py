# itertools.pairwise: overlapping pairs, pulled one item at a time
from itertools import pairwise, count, islice


def noisy(items):
    for x in items:
        print('  pull', x)
        yield x
    print('  end')


print(list(pairwise('ABCDEFG')))
print(list(pairwise([])), list(pairwise([1])), list(pairwise([1, 2])))
print(list(islice(pairwise(count()), 3)))
p = pairwise(noisy([1, 2, 3]))
print('made')
print(next(p))
print(next(p))
print(next(p, 'end'))
print(next(p, 'still end'))
# results kept by the consumer are not changed by later ones
pairs = list(pairwise(range(5)))
print(pairs)
p = pairwise('abcd')
a = next(p)
b = next(p)
print(a, b, a is b)
# reused result tuples do not leak into unpacking
print([x + y for x, y in pairwise([1, 2, 4, 8, 16])])
print(iter(p) is p, type(p).__name__)


def failing():
    yield 1
    yield 2
    raise ValueError('nope')


p = pairwise(failing())
print(next(p))
try:
    next(p)
except ValueError as e:
    print('ValueError', e)
print(list(p))
try:
    pairwise()
except TypeError as e:
    print('TypeError', e)
try:
    pairwise(1)
except TypeError as e:
    print('TypeError', e)
try:
    pairwise([], [])
except TypeError as e:
    print('TypeError', e)
try:
    pairwise(iterable=[])
except TypeError as e:
    print('TypeError', e)
