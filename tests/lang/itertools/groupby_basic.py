# itertools.groupby: consecutive runs with equal keys
from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby([])])
print([(k, list(g)) for k, g in groupby('x')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words), lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 3)])
print([(k, list(g)) for k, g in groupby([1, 2, 4, 6, 7, 9], key=lambda n: n % 2 == 0)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2], key=None)])
print([(k, list(g)) for k, g in groupby(iterable=[0, 0, 1], key=None)])
# run-length encoding and decoding
rle = [(len(list(g)), k) for k, g in groupby('WWWWBBBWWWWWWB')]
print(rle, ''.join(k * n for n, k in rle))
g = groupby('aab')
print(iter(g) is g, type(g).__name__)
k, grp = next(g)
print(k, type(grp).__name__, iter(grp) is grp, list(grp))
print(next(g)[0], next(g, 'end'))
# tuples made of a key and a group; a fresh tuple each time
pairs = list(groupby('aabbc'))
print([p[0] for p in pairs], len(set(map(id, pairs))) == len(pairs))
