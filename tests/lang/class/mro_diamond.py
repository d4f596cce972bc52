# C3 linearization of diamonds and wider hierarchies.
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


class E(C, B):
    pass


def names(cls):
    return [k.__name__ for k in cls.__mro__]


print(names(D), D().who())
print(names(E), E().who())


class X:
    pass


class Y:
    pass


class Z(X, Y):
    pass


class W(Z, D):
    pass


print(names(Z))
print(names(W))
print(W.__mro__[0] is W, W.__mro__[-1] is object, len(W.__mro__))
print(D.__mro__ == (D, B, C, A, object))
