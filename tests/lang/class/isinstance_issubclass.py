# isinstance / issubclass with classes, tuples of classes and built-in types.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

a, b, c, d = A(), B(), C(), D()
print(isinstance(b, A), isinstance(a, B), isinstance(d, C), isinstance(c, A))
print(isinstance(a, (B, C)), isinstance(a, (C, A)), isinstance(d, ()))
print(isinstance(b, (C, (int, A))))
print(issubclass(D, A), issubclass(A, D), issubclass(D, (C, int)), issubclass(A, A))
print(issubclass(A, object), isinstance(a, object), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(3, (str, float)))
print(isinstance(A, type), isinstance(a, type), issubclass(type, object))
print(isinstance([], list), isinstance(ValueError(), Exception))
try:
    issubclass(a, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(a, a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(A, 3)
except TypeError as e:
    print(type(e).__name__, e)
