# adversarial callbacks: key functions, __eq__, predicates and sources that advance,
# copy, collect or drop the very itertools objects that are calling them
import gc
from itertools import (cycle, repeat, accumulate, chain, compress, filterfalse, starmap,
                       groupby, islice, pairwise, tee, zip_longest, product)

# groupby: key function advancing the groupby and its groups
state = {}
def key(x):
    g = state.get('g')
    if g is not None and x == 3:
        try:
            k, grp = next(g)
            state['inner'] = list(grp)
        except Exception as e:
            state['inner'] = type(e).__name__
    return x // 2
g = groupby(range(10), key)
state['g'] = g
try:
    print([(k, list(v)) for k, v in g], state.get('inner'))
except Exception as e:
    print('groupby', type(e).__name__)

# __eq__ that advances the current group
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        cur = state.get('cur')
        if cur is not None:
            state['cur'] = None
            print('  eq pulls', [x.v for x in islice(cur, 2)])
        return self.v == other.v
    def __hash__(self): return 0
items = [E(1), E(1), E(1), E(2), E(2), E(3)]
g = groupby(items)
k, grp = next(g)
state['cur'] = grp
print([ (k.v, [x.v for x in grp]) for k, grp in g])

# gc.collect inside callbacks while the objects are in cycles
def collecting(x):
    gc.collect()
    return x % 3
h = []
f = filterfalse(collecting, chain(range(10)))
h.append(f)
print(list(islice(f, 5)))
a, b = tee(x for x in range(200) if gc.collect() is not None)
print(sum(a), sum(b))

# tee copied while its source runs
tees = []
def src():
    for i in range(5):
        if tees:
            tees.append(tees[0].__copy__())
        yield i
t, = tee(src(), 1)
tees.append(t)
print(list(t), [list(x) for x in tees[1:]])

# dropping the only references from inside the source
holder = {}
def dropper():
    yield 1
    holder.clear()
    yield 2
    gc.collect()
    yield 3
for make in (chain, cycle, lambda s: islice(s, 10), pairwise, lambda s: zip_longest(s, s),
             accumulate, lambda s: tee(s)[1], lambda s: groupby(s),
             lambda s: compress(s, repeat(1)),
             lambda s: starmap(lambda *a: a, ((x,) for x in s))):
    holder['it'] = make(dropper())
    it = holder['it']
    del it
    try:
        out = list(islice(holder['it'], 6)) if 'it' in holder else None
    except Exception as e:
        out = type(e).__name__
    print(type(out).__name__)

# zip_longest with the same iterator twice
it = iter(range(7))
print(list(zip_longest(it, it, it, fillvalue='-')))
# product of the same iterator
it = iter(range(3))
print(list(product(it, it)))
# accumulate whose func advances the accumulate
acc_state = {}
def f(a, b):
    if b == 2:
        acc_state['inner'] = next(acc_state['acc'], 'end')
    return a + b
acc = accumulate(range(6), f)
acc_state['acc'] = acc
print(list(acc), acc_state)
# cycle over itself
cy_state = []
def cyc_src():
    yield 1
    yield next(cy_state[0])
cy = cycle(cyc_src())
cy_state.append(cy)
try:
    print(list(islice(cy, 5)))
except Exception as e:
    print('cycle', type(e).__name__, e)
print('done')
