# __setattr__, __delattr__ and __getattribute__ overrides, object.__setattr__ and super() inside them.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen: cannot set {name!r}")
    def __delattr__(self, name):
        raise AttributeError("frozen")
f = Frozen(3)
print(f.x)
try:
    f.y = 1
except AttributeError as e:
    print(e)
try:
    del f.x
except AttributeError as e:
    print(e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback " + name
l = Logged()
l.a = 1
print(l.a, l.secret, l.missing)
class Counter:
    def __init__(self):
        self.n = 0
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2 if k != "n" else v)
c = Counter()
for i in range(3):
    c.n += 1
    c.m = i
print(c.n, c.m)
