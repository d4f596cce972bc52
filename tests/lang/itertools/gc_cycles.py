# itertools objects in reference cycles (through generators, closures and their own
# items) are reclaimed by the collector, closing the generators they hold
import gc
from itertools import chain, tee, groupby, cycle, count, product, zip_longest, repeat


def gen(name, feed):
    try:
        while True:
            yield feed
    finally:
        print('  closed', name)


gc.disable()
holder = []
c = chain(gen('chain', holder))
holder.append(c)
print(next(c) is holder)
del c, holder

holder = []
a, b = tee(gen('tee', holder))
holder.extend([a, b])
print(next(a) is holder, next(b) is holder)
del a, b, holder

box = []
g = groupby(gen('groupby', box), key=lambda item: box)
box.append(g)
k, grp = next(g)
print(k is box)
del g, grp, box

holder = []
cy = cycle(gen('cycle', holder))
holder.append(cy)
print(next(cy) is holder)
del cy, holder

holder = []
pr = product([holder])
holder.append(pr)
print(next(pr)[0] is holder)
del pr, holder

holder = []
z = zip_longest(gen('zip_longest', holder), [], fillvalue=holder)
holder.append(z)
print(next(z)[1] is holder)
del z, holder

r = [None]
r[0] = repeat(r)
del r


class Step:
    def __init__(self):
        self.counter = None

    def __radd__(self, other):
        return other + 1

    def __index__(self):
        return 1


s = Step()
s.counter = count(0, s)
print(next(s.counter), next(s.counter))
del s

print('collecting')
gc.collect()
print('collected')
gc.enable()
