# isinstance/issubclass with classes and (nested) tuples; callable.
class A:
    pass


class B(A):
    pass


print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(1, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (float, int))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type), isinstance(A(), object))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, (str, int)), issubclass(A, object))
print(issubclass(ValueError, Exception), issubclass(KeyError, (TypeError, LookupError)))
for args in [(1, 2), (1, (int, 2)), (1, [int])]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, int), (int, 1), (int, (int, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)


class C:
    def __call__(self):
        return 1


def fn():
    pass


print(callable(fn), callable(len), callable(C), callable(C()), callable(A()), callable(1))
print(callable(lambda: 0), callable([].append), callable(str.upper), callable(None), callable("x"))
