# islice pulls exactly what it must: it skips by pulling, stops pulling as soon as it
# has its last item, and never pulls past stop
from itertools import islice


def noisy(n):
    for x in range(n):
        print('  pull', x)
        yield x
    print('  source done')


print(list(islice(noisy(10), 2, 5)))
print(list(islice(noisy(10), 0, 6, 3)))
print(list(islice(noisy(3), 1, None)))
print(list(islice(noisy(3), 5, 8)))
print(list(islice(noisy(5), 0)))

it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(islice(it, 1, 3)), next(it))
print(list(islice(it, 0, 4, 2)), next(it, 'end'))
print(list(it))

# lazily: nothing is pulled until asked
s = islice(noisy(10), 3, 8, 2)
print('made')
print(next(s))
print('between')
print(next(s))
print(next(s, 'end'))
print(next(s, 'still end'))

# an error ends the islice: it drops its iterator


def failing():
    yield 1
    raise ValueError('bad')


s = islice(failing(), 5)
print(next(s))
try:
    next(s)
except ValueError as e:
    print('ValueError', e)
print(list(s))

# an exhausted islice stays exhausted, even if the source could go on
src = iter([1, 2, 3])
s = islice(src, 1)
print(list(s), list(s), next(src))

# the usual idioms
def take(n, iterable):
    return list(islice(iterable, n))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


print(take(3, 'abcdef'), nth('abcdef', 4), nth('abc', 9, 'none'))
it = iter(range(20))
batches = []
while batch := take(6, it):
    batches.append(batch)
print(batches)

# the start is reached by pulling even when it lies beyond stop
print(list(islice(noisy(10), 5, 3)))
it = iter(range(10))
print(list(islice(it, 4, 2)), next(it))
