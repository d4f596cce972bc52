# groupby and its groups share one iterator: advancing the groupby skips the rest of the
# current group and invalidates it; a group pulls items only when it is iterated
from itertools import groupby


def noisy(items):
    for x in items:
        print('  pull', x)
        yield x
    print('  source done')


gb = groupby(noisy('aaabbc'))
print('made')
k1, g1 = next(gb)
print('key', k1)
print('first of g1', next(g1))
k2, g2 = next(gb)
print('key', k2)
print('g1 now', list(g1))
print('g2', list(g2))
k3, g3 = next(gb)
print('key', k3, list(g3), list(g3))
print(next(gb, 'groupby done'))

# collecting the groups first leaves them all empty but the last, which lost the
# item that ended it
groups = [(k, g) for k, g in groupby('aabbbc')]
print([(k, list(g)) for k, g in groups])
groups = list(groupby([1, 1, 2, 2, 3]))
print([(k, list(g)) for k, g in groups])

# a group interrupted halfway and resumed before the groupby moves on
gb = groupby('xxxyy')
k, g = next(gb)
print(k, next(g))
print('resumed', list(g))
print(next(gb)[0])

# keys are compared with ==: custom __eq__ counts calls
class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        K.calls += 1
        return self.v == other.v

    def __repr__(self):
        return f'K({self.v})'


items = [K(1), K(1), K(2), K(2), K(2), K(1)]
print([(k, len(list(g))) for k, g in groupby(items)], K.calls)
K.calls = 0
print([k for k, g in groupby(items)], K.calls)

# the groups of a groupby left behind stay exhausted even if the source continues
gb = groupby([1, 1, 2, 1, 1])
first = next(gb)[1]
second = next(gb)[1]
third = next(gb)[1]
print(list(first), list(second), list(third), next(gb, 'end'))
