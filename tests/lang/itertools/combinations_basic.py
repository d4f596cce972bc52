# itertools.combinations and combinations_with_replacement
from itertools import combinations, combinations_with_replacement as cwr


def noisy(items):
    for x in items:
        print('  pull', x)
        yield x
    print('  done')


print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('ABC', 0)), list(combinations([], 0)), list(combinations('AB', 3)))
print(list(combinations('ABC', 3)), list(combinations('ABC', True)))
print(len(list(combinations(range(10), 4))))
print(list(cwr('ABC', 2)))
print(list(cwr(range(3), 3)))
print(list(cwr('AB', 0)), list(cwr([], 0)), list(cwr([], 2)), list(cwr('A', 3)))
print(len(list(cwr(range(5), 3))))
c = combinations(noisy('abc'), 2)
print('made')
print(next(c), list(c))
c = cwr(noisy('ab'), 2)
print('made cwr')
print(list(c))
print(list(combinations(iterable='xyz', r=2)), list(cwr(r=1, iterable='xy')))
rows = list(combinations('abcd', 2))
print(rows[0], rows[-1], len(set(rows)))
print([a * b for a, b in combinations([1, 2, 3, 4], 2)])
c = combinations([1, 2], 1)
print(iter(c) is c, type(c).__name__, type(cwr([], 1)).__name__, list(c), next(c, 'end'))
# combinations of a generator with yield from
def gen():
    yield from 'pq'
    yield from range(2)
print(list(combinations(gen(), 3)))
