# itertools.tee: independent iterators over one iterable
from itertools import tee, islice, count

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee('xyz', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1, 2]), len(tee([], 5)), tee('ab', 1)[0].__class__.__name__)
print(tee(5, 0), tee([], 0))
t = tee(range(3))
print(type(t).__name__, len(t), [list(x) for x in t])
a, b = tee(count())
print(list(islice(a, 5)), list(islice(b, 3)), next(a), next(b))
a, b = tee(iter([]))
print(list(a), list(b))
a, b = tee([1, 2])
print(iter(a) is a, type(a).__name__, a is b)
# after an iterator is teed it should not be used directly: what it yields
# is missing from the tees
it = iter(range(5))
a, b = tee(it)
print(next(a), next(it), list(a), list(b))
# pairwise with tee
a, b = tee('abcd')
next(b, None)
print(list(zip(a, b)))
a, b = tee(i * i for i in range(6))
print(sum(a), max(b))
