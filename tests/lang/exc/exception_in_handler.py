# Raising inside except and finally replaces the exception being handled.
def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        raise ValueError("from try")
    finally:
        raise IndexError("from finally")
try:
    g()
except IndexError as e:
    print(repr(e), repr(e.__context__))
except ValueError:
    print("not printed")
