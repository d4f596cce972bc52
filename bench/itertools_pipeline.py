# An itertools-heavy pipeline: every stage is a chain of C iterators (chain, islice,
# accumulate, groupby, product, pairwise, starmap, tee, zip_longest, compress, cycle,
# combinations, filterfalse, takewhile), consumed by sum/max/len and a few loops.
from itertools import (accumulate, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, pairwise, product, repeat, starmap, takewhile, tee,
                       zip_longest)

N = 500000

# running sums over two chained ranges, every third one kept
sampled = sum(islice(accumulate(chain(range(N), range(N, 0, -1))), 0, None, 3))

# run lengths of a cycled pattern
runs = longest = 0
for key, group in groupby(islice(cycle('aaabbbbccd'), 3 * N)):
    runs += 1
    n = len(list(group))
    if n > longest:
        longest = n

# pairs of neighbours, each reduced by a built-in
peaks = sum(islice(starmap(max, pairwise(compress(count(), cycle([1, 0, 1])))), N))

# a stream split by tee, one side a step ahead, zipped back with padding
a, b = tee(islice(count(1), N))
next(b)
gaps = 0
for x, y in zip_longest(a, b, fillvalue=0):
    if y - x != 1:
        gaps += 1

# the cartesian product filtered, and combinations counted
triples = 0
for p, q, r in product(range(80), repeat=3):
    if p + q == r:
        triples += 1
quads = sum(1 for _ in combinations(range(36), 4))

# the odd squares below a bound, from an endless source
odd_squares = sum(takewhile(lambda v: v < 10 ** 10, filterfalse(lambda v: v % 2 == 0,
                                                                 map(pow, count(), repeat(2)))))

print(sampled, runs, longest, peaks, gaps, triples, quads, odd_squares)
