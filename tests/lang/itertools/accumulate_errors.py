# accumulate's argument errors (argument clinic wording)
from itertools import accumulate


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('none', lambda: accumulate())
show('int', lambda: accumulate(1))
show('three positional', lambda: accumulate([1], None, None))
show('bad kw', lambda: accumulate([1], foo=1))
show('four', lambda: accumulate([1], None, initial=1, foo=2))
show('four positional', lambda: accumulate([1], None, 3, initial=1))
show('keywords only', lambda: accumulate(a=1, b=2, c=3, d=4))
show('name and position', lambda: accumulate([1], iterable=2))
show('missing', lambda: accumulate(initial=3))
show('not callable', lambda: list(accumulate([1, 2], 5)))
show('ok', lambda: list(accumulate([1, 2], func=None, initial=5)))
