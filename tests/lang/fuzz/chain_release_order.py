# Found by tests/fuzz: a chain drops its inputs as CPython's does: the active
# one, then the tuple (or list) of inputs, whose items go last to first.
import itertools
def src(tag):
    try:
        yield from range(10)
    finally:
        print(tag, 'released')
def early(tag, at):
    return itertools.takewhile(lambda x: x < at, src(tag))
print('-- chain')
it = itertools.chain(early('a', 0), early('b', 3))
print(next(it))
del it
print('-- chain.from_iterable')
it = itertools.chain.from_iterable([early('a', 0), early('b', 3), early('c', 3)])
print(next(it))
del it
print('-- end')
