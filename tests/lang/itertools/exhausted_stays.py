# once an itertools object has ended it stays ended, even when its input could go on;
# the ones that never end keep going
from itertools import (chain, islice, pairwise, zip_longest, cycle, takewhile, compress,
                       accumulate, starmap, filterfalse, dropwhile, groupby, tee, product,
                       permutations, combinations, combinations_with_replacement, repeat)


class Revivable:
    """An iterator that ends, then produces again if asked later."""

    def __init__(self, items):
        self.items = list(items)
        self.blocked = True

    def __iter__(self):
        return self

    def __next__(self):
        if self.blocked or not self.items:
            self.blocked = False
            raise StopIteration
        return self.items.pop(0)


def check(name, make):
    src = Revivable([1, 2, 3])
    obj = make(src)
    first = list(obj)
    again = list(obj)
    print(name, first, again)


check('chain', lambda s: chain(s))
check('islice', lambda s: islice(s, 5))
check('pairwise', lambda s: pairwise(s))
check('zip_longest', lambda s: zip_longest(s, []))
check('cycle', lambda s: islice(cycle(s), 4))
check('takewhile', lambda s: takewhile(bool, s))
check('compress', lambda s: compress(s, [1, 1, 1, 1]))
check('accumulate', lambda s: accumulate(s))
check('starmap', lambda s: starmap(lambda *a: a, (x for x in [(1,), (2,)])))
check('filterfalse', lambda s: filterfalse(None, s))
check('dropwhile', lambda s: dropwhile(bool, s))
check('groupby', lambda s: (k for k, g in groupby(s)))
check('tee', lambda s: tee(s)[0])
# the iterators that wrap their input without remembering its end ask it again
src = Revivable([5, 6])
f = filterfalse(None, src)
print(list(f), list(f), list(f))
src = Revivable([7])
a = accumulate(src)
print(list(a), list(a))
src = Revivable([1])
t = tee(src)[0]
print(list(t), list(t))
# the combinatoric ones read their input once
src = Revivable([1, 2])
print(list(product(src)), list(permutations(src)), list(combinations(src, 1)))
p = product('ab')
print(list(p), list(p))
c = combinations_with_replacement('ab', 2)
print(list(c), list(c))
r = repeat(0, 2)
print(list(r), list(r))
# mutation of a list being iterated shows through the wrappers
data = [1, 2, 3]
ch = chain(data)
print(next(ch))
data.append(4)
print(list(ch))
data.append(5)
print(list(ch))
