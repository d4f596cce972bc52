# __getattr__ also catches AttributeError raised by a property, but implicit dunder calls bypass it.
class Lazy:
    @property
    def broken(self):
        raise AttributeError("inside property")

    @property
    def works(self):
        return "property value"

    def __getattr__(self, name):
        return "fallback for " + name


z = Lazy()
print(z.works, "|", z.broken, "|", z.other)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([1, 2, 3])
print(p.__len__(), p.index(2))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p[0]
except TypeError as e:
    print(type(e).__name__, e)


class Recurse:
    def __getattr__(self, name):
        if name == "deep":
            return self.deeper
        raise AttributeError(name + " really missing")


try:
    Recurse().deep
except AttributeError as e:
    print(type(e).__name__, e)
