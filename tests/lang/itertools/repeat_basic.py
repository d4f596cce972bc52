# itertools.repeat: the same object, forever or a number of times; repr and length hint
from itertools import repeat, islice

print(list(repeat('a', 3)))
print(list(repeat(None, 0)))
print(list(repeat(1, -5)))
print(list(islice(repeat([0]), 3)))
print(list(repeat(object=7, times=2)))
print(list(repeat(5, times=True)))

obj = [1]
r = repeat(obj, 3)
items = list(r)
print(items, all(x is obj for x in items))
obj.append(2)
print(items)

r = repeat('x', 3)
print(repr(r), r.__length_hint__())
next(r)
print(repr(r), r.__length_hint__())
print(list(r), repr(r), r.__length_hint__())
r = repeat('forever')
print(repr(r), next(r), repr(r))
try:
    r.__length_hint__()
except TypeError as e:
    print('TypeError', e)
print(repr(repeat(1, -3)), repr(repeat([1, 'a'], 2)), repr(repeat(repeat(2), 1)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(range(3), repeat('z'))))
r = repeat(1, 2)
print(iter(r) is r, type(r).__name__)
print(next(r), next(r), next(r, 'end'), next(r, 'end'))
