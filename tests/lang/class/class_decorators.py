# Class decorators receive the class object and return a (possibly different) object.
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def with_greeting(greeting):
    def deco(cls):
        def greet(self):
            return greeting + ", " + type(self).__name__
        cls.greet = greet
        return cls
    return deco


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(k + "=" + repr(v) for k, v in self.__dict__.items())
        return cls.__name__ + "(" + fields + ")"
    cls.__repr__ = __repr__
    return cls


@register
@with_greeting("hello")
class A:
    pass


@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(sorted(registry))
print(A().greet())
print(Point(1, "a"), [Point(2, 3)])
print(registry["Point"] is Point)


def to_instance(cls):
    return cls()


@to_instance
class Singleton:
    value = 9


print(Singleton.value, type(Singleton).__name__)
