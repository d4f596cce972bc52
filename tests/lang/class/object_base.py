# Every class derives from object; default behaviour comes from there.
class A:
    pass


class B(object):
    pass


print(A.__bases__ == (object,), B.__bases__ == (object,))
print(A.__mro__ == (A, object), object.__name__, object.__bases__)
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2, a1 is a1)
d = {a1: "one", a2: "two"}
print(d[a1], d[a2], len({a1, a2, a1}))
print(hash(a1) == hash(a1), str(a1) == repr(a1))
print(str(a1).startswith("<__main__.A object at 0x"))
print(bool(a1), isinstance(a1, object))
print(A.__name__, A.__qualname__, type(a1) == A)
try:
    a1 < a2
except TypeError as e:
    print(type(e).__name__, e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
