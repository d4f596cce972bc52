# islice's argument errors, in CPython's order of checks
from itertools import islice


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('none', lambda: islice())
show('one', lambda: islice([]))
show('five', lambda: islice([], 1, 2, 3, 4))
show('stop -1', lambda: islice([], -1))
show('stop -2', lambda: islice([], -2))
show('stop str', lambda: islice([], 'a'))
show('stop float', lambda: islice([], 1.0))
show('stop huge', lambda: islice([], 2 ** 70))
show('start -1', lambda: islice([], -1, 5))
show('start str', lambda: islice([], 'a', 5))
show('start huge', lambda: islice([], 2 ** 70, 5))
show('stop str 3 args', lambda: islice([], 1, 'a'))
show('stop -1 3 args', lambda: islice([], 1, -1))
show('stop -2 3 args', lambda: islice([], 1, -2))
show('step 0', lambda: islice([], 1, 2, 0))
show('step -1', lambda: islice([], 1, 2, -1))
show('step str', lambda: islice([], 1, 2, 'a'))
show('step huge', lambda: islice([], 1, 2, 2 ** 70))
show('not iterable', lambda: islice(1, 2))
show('not iterable, bad stop', lambda: islice(1, 'a'))
show('bad start and step', lambda: islice([], -5, 3, 0))
show('keyword', lambda: islice([], stop=1))
show('all None', lambda: list(islice([1, 2], None, None, None)))


class BadIndex:
    def __index__(self):
        raise RuntimeError('no index')


show('index raises', lambda: islice([], BadIndex()))
show('index raises start', lambda: islice([], BadIndex(), 3))
