# obj.method is a bound method: it carries self; Class.method is the plain function.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return self.name + " greets " + other


g = Greeter("ann")
m = g.greet
print(m("bob"))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(Greeter.greet(g, "cat"))
print(Greeter.greet.__name__, m.__name__)
h = Greeter("dan")
fs = [g.greet, h.greet]
print([f("eve") for f in fs])
print(g.greet == g.greet, g.greet == h.greet)
print(type(m).__name__, type(Greeter.greet).__name__)
g.name = "amy"
print(m("fox"))
print(list(map(g.greet, ["x", "y"])))


def outside(self):
    return "outside " + self.name


Greeter.extra = outside
print(h.extra())
