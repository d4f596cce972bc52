# compress's argument errors
from itertools import compress


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('none', lambda: compress())
show('one', lambda: compress([1]))
show('data int', lambda: compress(1, [1]))
show('selectors int', lambda: compress([1], 1))
show('three', lambda: compress([1], [2], [3]))
show('keywords', lambda: list(compress(data=[1, 2], selectors=[0, 1])))
show('too many kw', lambda: compress([1], selectors=[1], data=3))
show('bad kw', lambda: compress([1], [1], x=1))
show('missing selectors', lambda: compress(data=[1]))
