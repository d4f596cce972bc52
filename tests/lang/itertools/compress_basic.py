# itertools.compress: data filtered by selectors; the datum is pulled before its
# selector, and whichever input ends first ends the result
from itertools import compress, count, cycle, islice


def noisy(name, items):
    for x in items:
        print(f'  {name} -> {x!r}')
        yield x
    print(f'  {name} done')


print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABCDEF', [True, False])))
print(list(compress('AB', [1, 1, 1, 1])))
print(list(compress([], [1])))
print(list(compress(range(10), cycle([0, 1]))))
print(list(compress(data=count(), selectors=[0, 0, 1, 0, 1])))
print(list(compress('abc', ['', 'x', [], [0]])))
print(list(islice(compress(count(), cycle([1, 0, 0])), 4)))
c = compress(noisy('data', 'abc'), noisy('sel', [0, 1]))
print('made')
print(list(c))
c = compress(noisy('data', 'a'), noisy('sel', [1, 1, 1]))
print(list(c))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print('  bool of', self.v)
        if self.v is None:
            raise ValueError('no truth')
        return self.v


print(list(compress('xyz', [Truthy(True), Truthy(False), Truthy(True)])))
c = compress('xyz', [Truthy(None), Truthy(True), Truthy(True)])
try:
    next(c)
except ValueError as e:
    print('ValueError', e)
print(list(c))
c = compress('ab', [1, 1])
print(iter(c) is c, type(c).__name__)
