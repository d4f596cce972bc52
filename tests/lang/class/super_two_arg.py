# The two-argument form super(Class, obj) starts the search after Class in obj's MRO.
class A:
    def name(self):
        return "A"


class B(A):
    def name(self):
        return "B>" + super(B, self).name()


class C(A):
    def name(self):
        return "C>" + super(C, self).name()


class D(B, C):
    def name(self):
        return "D>" + super(D, self).name()


d = D()
print(d.name())
print(super(B, d).name())
print(super(C, d).name())
print(super(D, d).name())


def outside(obj):
    return super(type(obj), obj).name()


print(outside(D()), outside(B()))


class Args:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw


class Sub(Args):
    def __init__(self, a, b=2, **kw):
        super().__init__(a, b, **kw)


s = Sub(1, k=3)
print(s.args, s.kw)
