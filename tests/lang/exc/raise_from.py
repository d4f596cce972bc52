# raise ... from ... sets __cause__; an exception inside a handler sets __context__.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("conversion failed") from e
try:
    convert("abc")
except TypeError as e:
    print(repr(e))
    print(repr(e.__cause__))
    print(repr(e.__context__))
    print(e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__))
e = ValueError("fresh")
print(e.__cause__, e.__context__)
try:
    raise IndexError("x") from KeyError("y")
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
