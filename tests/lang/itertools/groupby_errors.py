# groupby's argument errors, and _grouper's
import itertools
from itertools import groupby


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('none', lambda: groupby())
show('int', lambda: groupby(1))
show('three', lambda: groupby([], None, None))
show('bad kw', lambda: groupby([], foo=1))
show('too many kw', lambda: groupby([], key=None, iterable=1))
show('key only', lambda: groupby(key=None))
show('key not callable', lambda: list(groupby([1], 5)))
show('ok', lambda: [(k, list(g)) for k, g in groupby(iterable=[1, 1], key=None)])
show('grouper none', lambda: itertools._grouper())
show('grouper int', lambda: itertools._grouper(1, 2))
gb = groupby('aab')
g = itertools._grouper(gb, 'a')
show('grouper made', lambda: list(g))
