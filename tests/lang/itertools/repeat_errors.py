# repeat: argument parsing as CPython's "O|n:repeat"
from itertools import repeat


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('none', lambda: repeat())
show('times str', lambda: repeat(1, 'a'))
show('times float', lambda: repeat(1, 2.0))
show('times None', lambda: repeat(1, times=None))
show('times huge', lambda: repeat(1, 2 ** 100))
show('three', lambda: repeat(1, 2, 3))
show('three with kw', lambda: repeat(1, 2, times=3))
show('bad kw', lambda: repeat(1, foo=2))
show('only times', lambda: repeat(times=3))
show('both object', lambda: repeat(1, object=2))
show('ok', lambda: repr(repeat(times=2, object='o')))


class Idx:
    def __index__(self):
        return 2


show('index', lambda: list(repeat('i', Idx())))
show('descriptor', lambda: repeat.__repr__(5))
