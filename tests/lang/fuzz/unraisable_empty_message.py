# Found by tests/fuzz: the "Exception ignored in" report of an exception whose
# str() is empty ends with "ValueError: " (CPython's unraisable hook always
# writes ": " after the name).
def g():
    try:
        yield 1
    finally:
        raise ValueError()
it = g()
next(it)
del it
print('after')
