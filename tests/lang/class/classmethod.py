# @classmethod: receives the class it is called on, also through an instance or subclass.
class Temperature:
    created = 0

    def __init__(self, celsius):
        self.celsius = celsius
        type(self).created += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 // 9)

    @classmethod
    def name(cls):
        return cls.__name__

    def __repr__(self):
        return self.name() + "(" + str(self.celsius) + ")"


class Kelvinish(Temperature):
    pass


print(Temperature.from_fahrenheit(212))
print(Kelvinish.from_fahrenheit(32))
t = Temperature(5)
print(t.from_fahrenheit(50), t.name(), Kelvinish(1).name())
print(Temperature.created, Kelvinish.created)
m = Kelvinish.name
print(m(), m.__self__ is Kelvinish)


class Registry:
    items = []

    @classmethod
    def register(cls, x):
        cls.items = cls.items + [x]
        return cls


Registry.register(1).register(2)
print(Registry.items)
