# chain's argument errors
from itertools import chain


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('int ok at construction', lambda: type(chain(1)).__name__)
show('int when reached', lambda: list(chain([1], 2)))
show('keyword', lambda: chain(a=1))
show('from_iterable none', lambda: chain.from_iterable())
show('from_iterable int', lambda: chain.from_iterable(1))
show('from_iterable two', lambda: chain.from_iterable([1], [2]))
show('from_iterable kw', lambda: chain.from_iterable(iterable=[]))
show('from_iterable of ints', lambda: list(chain.from_iterable([1, 2])))
show('from instance', lambda: list(chain().from_iterable(['ab'])))
