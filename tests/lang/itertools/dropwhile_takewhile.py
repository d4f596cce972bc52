# dropwhile and takewhile: which items are pulled and which predicates are called
from itertools import dropwhile, takewhile, count


def noisy(items):
    for x in items:
        print('  pull', x)
        yield x
    print('  end')


def small(x):
    print('  test', x)
    return x < 5


print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: False, [1, 2])))
print(list(dropwhile(lambda x: False, [1, 2])), list(takewhile(lambda x: True, [1, 2])))
print(list(takewhile(lambda x: x < 10, count(7))))

print('dropwhile:')
d = dropwhile(small, noisy([1, 7, 2, 8]))
print('made')
print(next(d))
print(next(d))
print(list(d))

print('takewhile:')
t = takewhile(small, noisy([1, 2, 9, 3]))
print(next(t))
print(next(t))
print(list(t))
# the failing item was consumed; takewhile stays stopped
print(list(t))

it = iter([1, 2, 30, 4, 5])
print(list(takewhile(lambda x: x < 10, it)), list(it))
it = iter([1, 2, 30, 4, 5])
print(list(dropwhile(lambda x: x < 10, it)), list(it))

# truthiness of the predicate's result
print(list(takewhile(lambda x: x, [3, 'a', [1], 0, 5])))
print(list(dropwhile(lambda x: x, [3, 'a', [], 0, 5])))
print(list(dropwhile(len, ['ab', 'c', '', 'd'])))


def flaky(x):
    if x == 3:
        raise ValueError('three')
    return x < 5


d = dropwhile(flaky, [1, 3, 4, 9, 1])
for _ in range(4):
    try:
        print(next(d, 'end'))
    except ValueError as e:
        print('ValueError', e)
t = takewhile(flaky, [1, 3, 4, 9, 1])
for _ in range(4):
    try:
        print(next(t, 'end'))
    except ValueError as e:
        print('ValueError', e)
print(type(d).__name__, type(t).__name__, iter(d) is d)
