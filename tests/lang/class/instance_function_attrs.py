# Functions stored on an instance are not bound; functions stored on the class are.
def describe(*args):
    return "args: " + str(len(args))


class C:
    on_class = describe

    def __init__(self):
        self.on_instance = describe
        self.bound_elsewhere = self.method

    def method(self):
        return "method of " + type(self).__name__


c = C()
print(c.on_class(), c.on_instance(), C.on_class())
print(c.bound_elsewhere(), c.bound_elsewhere.__self__ is c)
c.lam = lambda: "lambda on instance"
print(c.lam())
C.lam2 = lambda self: "lambda on class: " + type(self).__name__
print(c.lam2())
callbacks = {"m": c.method, "f": describe}
print(callbacks["m"](), callbacks["f"](1, 2))
