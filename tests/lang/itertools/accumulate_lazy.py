# accumulate pulls one item per result, calls func once per result after the first,
# and reports errors where they happen
from itertools import accumulate


def noisy(items):
    for x in items:
        print('  pull', x)
        yield x
    print('  end')


def add(a, b):
    print('  add', a, b)
    return a + b


a = accumulate(noisy([1, 2, 3]), add)
print('made')
print(next(a))
print(next(a))
print(next(a))
print(next(a, 'exhausted'))

a = accumulate(noisy([10]), add, initial=5)
print('made with initial')
print(next(a))
print(next(a))
print(next(a, 'exhausted'))


def fails(a, b):
    if b == 3:
        raise ValueError(f'cannot add {b}')
    return a + b


a = accumulate([1, 2, 3, 4], fails)
for _ in range(5):
    try:
        print(next(a, 'end'))
    except ValueError as e:
        print('ValueError', e)

a = accumulate([1, 'x', 2])
for _ in range(4):
    try:
        print(next(a, 'end'))
    except TypeError as e:
        print('TypeError', e)


def stop(a, b):
    raise StopIteration


print(list(accumulate([1, 2, 3], stop)))
