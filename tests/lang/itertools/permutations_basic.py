# itertools.permutations: r-length orderings, in lexicographic order of positions
from itertools import permutations


def noisy(items):
    for x in items:
        print('  pull', x)
        yield x
    print('  done')


print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2, 3], 3)) == list(permutations([1, 2, 3])))
print(list(permutations([])), list(permutations([], 0)), list(permutations('ab', 0)))
print(list(permutations('ab', 3)), list(permutations([1], 2)), list(permutations('ab', r=None)))
print(list(permutations('ab', True)))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations('aab', 2)))
p = permutations(noisy('xyz'), 2)
print('made')
print(next(p), list(p))
rows = list(permutations('abc'))
print(rows[0], rows[-1], len(set(rows)))
print([''.join(t) for t in permutations('cat')])
p = permutations([1, 2])
print(iter(p) is p, type(p).__name__, list(p), next(p, 'end'))
print(sum(sum(t) for t in permutations(range(5), 3)))
