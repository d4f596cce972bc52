# Properties are inherited and can be extended in a subclass with @Base.prop.setter.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v


class Writable(Base):
    @Base.v.setter
    def v(self, value):
        print("setting", value)
        self._v = value


class Overrides(Base):
    @property
    def v(self):
        return "overridden " + str(self._v)


w = Writable()
w.v = 5
print(w.v, Base().v, Overrides().v)
try:
    Base().v = 3
except AttributeError as e:
    print(type(e).__name__, e)
b = Base()
try:
    b.v = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Writable.v).__name__, Writable.v is Base.v)
p = Writable.v
print(p.fget is Base.v.fget, p.fset is not None, Base.v.fset)
