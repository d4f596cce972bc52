# argument errors of dropwhile, takewhile, filterfalse and starmap (positional only)
from itertools import dropwhile, takewhile, filterfalse, starmap


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for cls in (dropwhile, takewhile, filterfalse, starmap):
    name = cls.__name__
    show(name + ' none', lambda: cls())
    show(name + ' one', lambda: cls(None))
    show(name + ' three', lambda: cls(1, 2, 3))
    show(name + ' int', lambda: cls(None, 1))
    show(name + ' keywords', lambda: cls(predicate=None, iterable=[]))
    show(name + ' one keyword', lambda: cls(None, iterable=[]))
    show(name + ' not callable', lambda: list(cls(5, [(1,)])))
