# the module's names and the types' names, reprs, attributes and class behaviour
import itertools

names = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
         'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
         'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest',
         '_grouper', '_tee', '_tee_dataobject']
for n in names:
    obj = getattr(itertools, n)
    print(n, obj, type(obj).__name__)
print(itertools.__name__, itertools.tee.__name__, itertools.tee.__module__)
print(itertools.chain.__name__, itertools.chain.__module__, itertools.chain.__qualname__)
print(itertools.chain.from_iterable, type(itertools.chain.from_iterable).__name__)
objs = [itertools.count(), itertools.cycle('a'), itertools.repeat(1), itertools.chain(),
        itertools.islice('a', 1), itertools.groupby(''), itertools.tee('a')[0],
        itertools.product(), itertools.zip_longest(), itertools.pairwise('')]
for o in objs:
    print(type(o).__name__, type(o) is getattr(itertools, type(o).__name__), iter(o) is o)
print(isinstance(itertools.count(), itertools.count), isinstance(5, itertools.chain))
g = next(itertools.groupby('a'))[1]
print(type(g), type(g) is itertools._grouper)
r = repr(itertools.chain())
print(r.startswith('<itertools.chain object at 0x'), r.endswith('>'))
print(repr(itertools.tee('a')[0]).startswith('<itertools._tee object at'))
print(itertools.count.__next__(itertools.count(3)), itertools.repeat.__iter__(itertools.repeat(1)))
c = itertools.count(7)
print(c.__next__(), c.__iter__() is c)
try:
    itertools.count.__repr__(5)
except TypeError as e:
    print('TypeError', e)
try:
    itertools.tee.x = 1
except AttributeError as e:
    print('AttributeError')
try:
    itertools.chain.foo = 1
except TypeError as e:
    print('TypeError', 'foo' in str(e))
try:
    itertools.count().foo = 1
except AttributeError as e:
    print('AttributeError', 'foo' in str(e))
import itertools as it2
print(it2 is itertools)
from itertools import count as C
print(C is itertools.count)
