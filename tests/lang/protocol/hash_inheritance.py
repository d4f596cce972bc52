# A class that defines __eq__ loses the inherited __hash__ unless it defines one too.
class Hashable:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v


class Child(Hashable):
    pass


class EqChild(Hashable):
    def __eq__(self, other):
        return False


class Restored(Hashable):
    def __eq__(self, other):
        return self.v == other.v

    __hash__ = Hashable.__hash__


print(hash(Child(3)) == hash(3), len({Child(1), Child(1)}))
print(EqChild.__hash__ is None, Child.__hash__ is Hashable.__hash__)
try:
    {EqChild(1)}
except TypeError as e:
    print(type(e).__name__, e)
print({Restored(2): "ok"}[Restored(2)])


class NoEq:
    pass


class Sub(NoEq):
    def __hash__(self):
        return 11


print(hash(Sub()), hash(Sub()) == hash(Sub()))
