# chain asks for the next iterable only when the current one is exhausted, and calls
# iter() on it only then; a failure ends the chain
from itertools import chain


def noisy(name, items):
    print(f'  {name} started')
    for x in items:
        print(f'  {name} -> {x}')
        yield x
    print(f'  {name} done')


def sources():
    print('  sources started')
    yield noisy('a', [1, 2])
    print('  sources: second')
    yield noisy('b', [])
    print('  sources: third')
    yield noisy('c', [3])
    print('  sources done')


c = chain.from_iterable(sources())
print('made')
for x in c:
    print('got', x)
print(list(c))

c = chain(noisy('x', [1]), noisy('y', [2]))
print('made 2')
print(next(c))
print(next(c))
print(next(c, 'end'))


class NotIterable:
    pass


c = chain([1], NotIterable(), [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
print(next(c, 'the chain is over'))


def bad_source():
    yield [1]
    raise ValueError('source broke')


c = chain.from_iterable(bad_source())
print(next(c))
try:
    next(c)
except ValueError as e:
    print('ValueError', e)
print(next(c, 'over'))


def bad_item():
    yield 1
    raise KeyError('item broke')


c = chain(bad_item(), [5])
print(next(c))
try:
    next(c)
except KeyError as e:
    print('KeyError', e)
# the failed generator is finished: chain moves on
print(list(c))
