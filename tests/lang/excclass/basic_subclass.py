# A subclass of a built-in exception: args, str(), repr(), and catching by base class.
class MyError(ValueError):
    pass


e = MyError("bad value", 42)
print(e.args, str(e), repr(e))
print(str(MyError("one")), repr(MyError("one")), repr(MyError()), repr(str(MyError())))
print(isinstance(e, ValueError), isinstance(e, Exception), issubclass(MyError, BaseException))
print([c.__name__ for c in MyError.__mro__])
try:
    raise MyError("raised")
except ValueError as err:
    print("caught as ValueError:", type(err).__name__, err)
try:
    raise MyError
except MyError as err:
    print("class raised:", repr(err), err.args)
try:
    raise MyError("x")
except (KeyError, MyError) as err:
    print("tuple catch", err)
