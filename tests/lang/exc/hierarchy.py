# Catching through the built-in exception hierarchy.
cases = [
    (lambda: 1 / 0, ArithmeticError),
    (lambda: [][0], LookupError),
    (lambda: {}[0], LookupError),
    (lambda: int("x"), Exception),
    (lambda: undefined_name, NameError),
    (lambda: next(iter([])), Exception),
    (lambda: (1).foo, AttributeError),
]
for thunk, base in cases:
    try:
        thunk()
    except base as e:
        print(type(e), "caught as", base, isinstance(e, BaseException))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), IndexError))
print(isinstance(RecursionError(), RuntimeError), isinstance(UnboundLocalError(), NameError))
print(isinstance(StopIteration(), Exception), isinstance(ValueError(), LookupError))
