# larger inputs: long chains, deep tee buffers, many groups, long combinatoric runs, and
# iterators stacked many levels deep
from itertools import (accumulate, chain, groupby, islice, tee, product, permutations,
                       combinations, count, cycle, pairwise, zip_longest, repeat, compress)

n = 100000
print(sum(chain(range(n), range(n))))
print(sum(1 for _ in chain.from_iterable([x] for x in range(n))))
print(list(islice(accumulate(range(n)), n - 3, None)))
print(sum(len(list(g)) for k, g in groupby(range(n), lambda x: x // 7)))
print(len([k for k, g in groupby(range(n), lambda x: x // 7)]))
a, b = tee(range(n))
print(sum(islice(a, n // 2)), sum(b), sum(a))
ts = tee(range(5000), 10)
print([sum(t) for t in ts])
print(sum(1 for _ in product(range(30), repeat=3)))
print(sum(1 for _ in permutations(range(8))))
print(sum(1 for _ in combinations(range(25), 4)))
print(max(x + y for x, y in pairwise(range(n))))
print(sum(a + b for a, b in zip_longest(range(n), range(n // 2), fillvalue=0)))
print(sum(islice(cycle([1, 2, 3]), n)))
print(sum(islice(compress(count(), cycle([0, 0, 1])), 1000)))
print(len(list(repeat(None, n))))
# an iterator stacked 500 levels deep
it = iter(range(10))
for _ in range(500):
    it = chain(it)
print(list(it))
it = range(1000)
for _ in range(200):
    it = islice(it, 1, None)
print(next(it), sum(1 for _ in it))
