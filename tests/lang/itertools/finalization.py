# dropping an itertools object closes the suspended generators it holds at that moment,
# as CPython's reference counting does
from itertools import chain, islice, tee, cycle, groupby, zip_longest, pairwise, accumulate


def gen(name, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print('  finally', name)


c = chain(gen('chain'))
print(next(c))
del c
print('after chain')

s = islice(gen('islice'), 5)
print(next(s))
s = None
print('after islice')

a, b = tee(gen('tee'))
print(next(a), next(b))
del a
print('one tee left')
del b
print('after tee')

cy = cycle(gen('cycle', 2))
print(next(cy), next(cy), next(cy))
del cy
print('after cycle (already finished)')

g = groupby(gen('groupby'))
k, grp = next(g)
del g
print('group still holds the groupby', next(grp, 'end'))
del grp
print('after groupby')

z = zip_longest(gen('z1'), gen('z2', 1))
print(next(z), next(z))
del z
print('after zip_longest')

p = pairwise(gen('pairwise'))
print(next(p))
del p
print('after pairwise')


def consume():
    acc = accumulate(gen('in function'))
    return next(acc)


print(consume())
print('after function')
# an islice that reaches its stop keeps the generator until the islice goes
s = islice(gen('stopped'), 1)
print(list(s))
print('islice done')
del s
print('end')
