from functools import partial

def g(*args, **kwargs):
    return args, kwargs

print(repr(partial(g)))
print(repr(partial(g, 1, "two", [3])))
print(repr(partial(g, 1, b=2, c="three")))
print(repr(partial(max, 1)))
print(repr(partial(partial(g, 1), 2, k=None)))
print(str(partial(len)))
p = partial(g, 5)
print([p], (p,))
