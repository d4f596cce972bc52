# next() on an exhausted iterator raises StopIteration; a default avoids it.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)
print(next(it, "default"), next(iter(""), None))
try:
    next([1, 2])
except TypeError as e:
    print(e)
