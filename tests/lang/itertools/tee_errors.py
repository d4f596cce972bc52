# tee's argument errors, errors from the source, and the re-entry guard
import itertools
from itertools import tee


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('none', lambda: tee())
show('int', lambda: tee(1))
show('negative', lambda: tee([], -1))
show('str n', lambda: tee([], 'a'))
show('float n', lambda: tee([], 2.0))
show('zero, not iterable', lambda: tee(1, 0))
show('three', lambda: tee([], 2, 3))
show('keyword n', lambda: tee([], n=2))
show('keyword iterable', lambda: tee(iterable=[]))
show('bool n', lambda: len(tee([], True)))
show('_tee none', lambda: itertools._tee())
show('_tee int', lambda: itertools._tee(1))
show('_tee two', lambda: itertools._tee([], 1))
show('dataobject', lambda: itertools._tee_dataobject())


def failing():
    yield 1
    raise ValueError('source failed')


a, b = tee(failing())
show('a1', lambda: next(a))
show('a2', lambda: next(a))
show('b1', lambda: next(b))
show('b2', lambda: next(b, 'b end'))
show('a3', lambda: next(a, 'a end'))

# a source that iterates one of its own tees
holder = []


def reentrant():
    yield 1
    yield next(holder[0])


a, b = tee(reentrant())
holder.append(a)
show('r1', lambda: next(a))
show('r2', lambda: next(a))
show('r2 from b', lambda: next(b))
show('r3 from b', lambda: next(b))
