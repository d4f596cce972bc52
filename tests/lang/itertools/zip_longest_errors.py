# zip_longest's argument errors
from itertools import zip_longest


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('int', lambda: zip_longest(1))
show('second int', lambda: zip_longest([], 1))
show('bad kw', lambda: zip_longest([], foo=1))
show('two kw', lambda: zip_longest([], fillvalue=1, foo=2))
show('fill kw ok', lambda: list(zip_longest('a', 'bc', fillvalue='?')))
show('fill only', lambda: list(zip_longest(fillvalue=3)))
