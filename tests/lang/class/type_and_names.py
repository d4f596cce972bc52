# type(obj), obj.__class__, __name__, __qualname__, __module__.
class Outer:
    class Inner:
        def method(self):
            pass

    def method(self):
        pass


o = Outer()
i = Outer.Inner()
print(type(o) is Outer, o.__class__ is Outer, type(i) is Outer.Inner)
print(type(o).__name__, type(i).__name__)
print(Outer.__qualname__, Outer.Inner.__qualname__)
print(Outer.method.__qualname__, Outer.Inner.method.__qualname__)
print(o.method.__qualname__, o.method.__name__)
print(Outer.__module__, o.__module__)
print(type(Outer) is type, type(type) is type, type(Outer).__name__)
print(type(3).__name__, type("x").__name__, type(None).__name__)


def factory():
    class Local:
        def m(self):
            pass
    return Local


L = factory()
print(L.__name__, L.__qualname__, L.m.__qualname__)
x = type(o)()
print(type(x).__name__, isinstance(x, Outer))
print(repr(type(o)), str(Outer.Inner))
