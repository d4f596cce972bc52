# The example from the C3 paper (and Python's MRO documentation).
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in (K1, K2, K3, Z):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])


class F(O): pass
class G(O): pass
class H(F, G): pass
class I(G, F): pass
try:
    class J(H, I): pass
except TypeError as e:
    print(type(e).__name__, e)
