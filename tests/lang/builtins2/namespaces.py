# globals(), locals(), vars(), dir().
g = globals()
print(type(g).__name__, g is globals(), g["__name__"], "g" in g)
x_global = 1
print(globals()["x_global"])


def f(a, b=2):
    c = a + b

    def inner():
        return c

    return sorted(locals().keys()), locals()["a"]


print(f(1))


class K:
    y = 1
    names = sorted(k for k in locals().keys() if not k.startswith("__"))

    def m(self):
        pass


print(K.names)
o = K()
o.z = 3
print(vars(o), sorted(k for k in vars(K) if not k.startswith("__")))
print([n for n in dir(o) if not n.startswith("__")], "m" in dir(K), "append" in dir([]))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)


def loc():
    q = 5
    return dir()


print(loc())
