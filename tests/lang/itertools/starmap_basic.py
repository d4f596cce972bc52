# itertools.starmap: func(*args) for each args; args may be any iterable
from itertools import starmap, repeat


def noisy(items):
    for x in items:
        print('  pull', x)
        yield x


print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(max, [[1, 5, 2], (7, 3), range(4)])))
print(list(starmap(lambda *a: a, ['ab', (), [1]])))
print(list(starmap(lambda a, b=10: a + b, [(1,), (1, 2)])))
print(list(starmap(str.upper, ['a', 'b'])))
print(list(starmap(divmod, zip(range(10, 14), repeat(3)))))
print(list(starmap(lambda x, y: x * y, (noisy([i, i]) for i in range(3)))))
s = starmap(pow, noisy([(2, 2), (3, 3)]))
print('made')
print(next(s))
print(list(s))
s = starmap(pow, [(2, 2), 5, (3, 3)])
for _ in range(4):
    try:
        print(next(s, 'end'))
    except TypeError as e:
        print('TypeError', e)
s = starmap(lambda a: 1 / a, [(1,), (0,), (2,)])
for _ in range(4):
    try:
        print(next(s, 'end'))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
s = starmap(pow, [(1, 2, 3, 4)])
try:
    next(s)
except TypeError as e:
    print('TypeError', e)
print(type(s).__name__, iter(s) is s)
