# argument errors of count, with CPython's messages
from itertools import count


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('str start', lambda: count('a'))
show('str step', lambda: count(1, 'a'))
show('none start', lambda: count(None))
show('list step', lambda: count(0, []))
show('three args', lambda: count(1, 2, 3))
show('bad keyword', lambda: count(start=1, foo=2))
show('only bad keyword', lambda: count(foo=1))
show('name and position', lambda: count(1, start=2))
show('too many with keyword', lambda: count(1, 2, step=3))
show('ok keywords', lambda: repr(count(step=3, start=2)))


class Weird:
    def __add__(self, other):
        raise ValueError('no adding')

    def __float__(self):
        return 1.0

    def __repr__(self):
        return 'Weird()'


c = count(Weird())
print(repr(c))
show('first', lambda: next(c))
show('second', lambda: next(c))
show('third', lambda: next(c))

c = count(1, Weird())
show('int + weird', lambda: next(c))
show('again', lambda: next(c))
