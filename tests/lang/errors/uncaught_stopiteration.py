# next() on an exhausted iterator outside any handler.
it = iter([1])
print(next(it))
next(it)
