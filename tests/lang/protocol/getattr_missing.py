# __getattr__ runs only when normal lookup fails.
class Proxy:
    cls_attr = "class"

    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("no_"):
            raise AttributeError("proxy has no " + name)
        return getattr(self.target, name)


p = Proxy([3, 1, 2])
print(p.target, p.cls_attr)
p.append(0)
print(p.target, p.count(1))
print(hasattr(p, "no_thing"), getattr(p, "no_thing", "dflt"))
try:
    p.no_way
except AttributeError as e:
    print(type(e).__name__, e)
p.extra = 1
print(p.extra)


class Dyn:
    def __getattr__(self, name):
        return name.upper()


d = Dyn()
print(d.hello, d.x, getattr(d, "abc"))
d.hello = "set"
print(d.hello)


class Calls:
    def __getattr__(self, name):
        def method(*args):
            return name + str(args)
        return method


print(Calls().anything(1, 2))
print(len(Calls().__class__.__name__))
