# a StopIteration raised by a callback ends the iteration, as it does in CPython's
# consumers of the C iterators
from itertools import (accumulate, dropwhile, takewhile, filterfalse, starmap, groupby,
                       count, islice)


def stop_at(n):
    def f(*args):
        if args[-1] >= n:
            raise StopIteration
        return True
    return f


print(list(accumulate(range(10), lambda a, b: a + b if b < 4 else stop_at(0)(b))))
print(list(takewhile(stop_at(3), range(10))))
print(list(dropwhile(stop_at(3), range(10))))
print(list(filterfalse(stop_at(3), range(10))))
print(list(starmap(lambda x: x if x < 3 else stop_at(0)(x), [(i,) for i in range(10)])))
print([(k, list(g)) for k, g in groupby(range(10), lambda x: x // 2 if x < 5 else stop_at(0)(x))])
print([x for x in takewhile(stop_at(5), count())])
t = takewhile(stop_at(2), range(5))
print(list(t), list(t))
for x in islice(filterfalse(stop_at(4), count()), 10):
    print('got', x)


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        raise StopIteration


print([k.v for k, g in groupby([Key(1), Key(2), Key(3)])])
