# Classes are mutable: methods and attributes added later are seen by existing instances.
class Thing:
    pass


t = Thing()
Thing.color = "red"
print(t.color)


def describe(self):
    return "a " + self.color + " thing"


Thing.describe = describe
print(t.describe())
t.color = "blue"
print(t.describe(), Thing.color)
del Thing.describe
print(hasattr(t, "describe"))


class Base:
    def f(self):
        return "base f"


class Derived(Base):
    pass


d = Derived()
print(d.f())
Base.f = lambda self: "patched f"
print(d.f())
Derived.f = lambda self: "derived f"
print(d.f(), Base().f())
del Derived.f
print(d.f())
