from functools import partial

def describe(*args):
    return "describe%r" % (args,)

class C:
    # partial objects are not descriptors: no self is passed
    p = partial(describe, "fixed")

    def method(self, x, y):
        return (self.name, x, y)

    def __init__(self, name):
        self.name = name

c = C("c")
print(c.p())
print(C.p("more"))
bound = partial(c.method, 1)
print(bound(2))
unbound = partial(C.method, c, y=5)
print(unbound(x=3))
callbacks = [partial(lambda i, s: s * i, i) for i in range(4)]
print([cb("ab") for cb in callbacks])
