# itertools.zip_longest: pads the shorter inputs; an exhausted input is not pulled again
from itertools import zip_longest, count, islice


def noisy(name, items):
    for x in items:
        print(f'  {name} -> {x}')
        yield x
    print(f'  {name} done')


print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', 'wxyz')))
print(list(zip_longest()), list(zip_longest(fillvalue=0)), list(zip_longest([])))
print(list(zip_longest([1, 2])))
print(list(zip_longest([], [], fillvalue=1)))
print(list(zip_longest(range(3), 'ab', [True], fillvalue=None)))
print(list(islice(zip_longest(count(), 'ab'), 4)))
z = zip_longest(noisy('a', [1, 2, 3]), noisy('b', [1]), fillvalue=0)
print('made')
for t in z:
    print(t)
print(next(z, 'end'))
# kept results are unchanged by later ones; unpacking reuses nothing visible
rows = list(zip_longest('abc', [1]))
print(rows)
print([x * 2 if y is None else x + str(y) for x, y in zip_longest('abc', [1])])
z = zip_longest('ab', 'c')
print(iter(z) is z, type(z).__name__)
fill = []
rows = list(zip_longest([1, 2, 3], [4], fillvalue=fill))
print(rows, rows[1][1] is fill, rows[2][1] is fill)


def failing():
    yield 1
    raise ValueError('broken')


z = zip_longest(failing(), 'abc')
print(next(z))
try:
    next(z)
except ValueError as e:
    print('ValueError', e)
# an error ends zip_longest altogether
print(list(z))
