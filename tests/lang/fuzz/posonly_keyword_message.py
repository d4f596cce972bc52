# Found by tests/fuzz: a positional-only parameter passed by keyword is
# reported ("got some positional-only arguments passed as keyword arguments")
# even when an unknown keyword comes first.
def f(a, /, b):
    return a, b
for call in (lambda: f(c=3, a=1, b=2), lambda: f(1, c=3, a=1), lambda: f(**{'a': 1, 'b': 2}),
             lambda: f(1, 2, z=0)):
    try:
        call()
    except TypeError as e:
        print(e)
