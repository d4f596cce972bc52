# itertools.product: the cartesian product, rightmost input turning fastest
from itertools import product

print(list(product('ab', range(2))))
print(list(product((0, 1), (0, 1), (0, 1))))
print(list(product('AB', repeat=2)))
print(list(product([1, 2], 'x', repeat=2)))
print(list(product()), list(product(repeat=3)), list(product([], repeat=0)))
print(list(product([])), list(product('ab', [])), list(product([], 'ab')))
print(list(product('ab', repeat=0)), list(product(repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
print(list(product({'k': 1}, (None,))))
print(list(product([1], repeat=True)))
# the same as nested loops
ok = list(product('abc', 'de', 'f')) == [(x, y, z) for x in 'abc' for y in 'de' for z in 'f']
print(ok)
# results that the consumer keeps are independent
rows = list(product('ab', repeat=2))
print(rows, len(set(map(id, rows))) == len(rows))
first = None
for t in product('xy', 'z'):
    if first is None:
        first = t
print(first)
print(sum(a * b for a, b in product(range(10), range(10))))
print([a + b for a, b in product('pq', 'rs')])
p = product('a')
print(iter(p) is p, type(p).__name__, next(p), next(p, 'end'), next(p, 'end'))
