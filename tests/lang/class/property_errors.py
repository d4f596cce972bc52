# A property without a setter or deleter refuses assignment and deletion.
class C:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x


c = C()
print(c.x)
try:
    c.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__, e)
print(c.x)


class D:
    @property
    def broken(self):
        return self.missing


try:
    D().broken
except AttributeError as e:
    print(type(e).__name__, e)


class E:
    @property
    def boom(self):
        raise KeyError("k")


try:
    E().boom
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(D(), "broken"))
