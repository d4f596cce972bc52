# itertools.chain and chain.from_iterable over every kind of iterable
from itertools import chain, islice, count

print(list(chain()))
print(list(chain([])))
print(list(chain([1, 2], (3, 4), 'ab', range(2), {'k': 1}, {9}, iter([7]))))
print(list(chain.from_iterable(['ab', [1, 2], (), range(3)])))
print(list(chain.from_iterable([])))
print(''.join(chain('abc', 'def')))
# from_iterable is lazy: an infinite source of iterables
squares = chain.from_iterable([i] * i for i in count(1))
print(list(islice(squares, 10)))
# nested chains
print(list(chain(chain([1], [2]), chain.from_iterable([[3], chain([4])]))))
# chain objects are iterators
c = chain([1], [2])
print(iter(c) is c, type(c).__name__, next(c), next(c), next(c, 'end'))
print(chain.from_iterable.__name__, type(chain.from_iterable([])).__name__)
print(sum(chain(range(10), range(10, 20))))
d = {'a': 1, 'b': 2}
print(list(chain(d, d.values(), d.items())))
# a chain made from a list grows with it until that list is reached
outer = [[1], [2]]
c = chain.from_iterable(outer)
print(next(c))
outer.append([3])
print(list(c))
outer.append([4])
print(list(c))
