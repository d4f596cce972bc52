# isinstance with single types and tuples; callable.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(set(), set), isinstance(range(1), range), isinstance(None, int))
print(isinstance(1, (str, int)), isinstance(1.5, (str, int)), isinstance("x", (list, str)))
print(isinstance(ValueError(), Exception), isinstance(KeyError(), LookupError))
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(int), callable(1), callable("f"), callable(None))
