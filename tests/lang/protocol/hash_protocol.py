# __hash__ and __eq__ make objects usable as dict keys and set members.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()

    def __hash__(self):
        return hash(self.k.lower())

    def __repr__(self):
        return "Key(" + self.k + ")"


d = {Key("Abc"): 1}
d[Key("ABC")] = 2
print(d, len(d))
print(Key("abc") in d, d[Key("aBc")], Key("x") in d)
s = {Key("a"), Key("A"), Key("b")}
print(len(s), sorted(x.k.lower() for x in s))
print(hash(Key("Q")) == hash(Key("q")))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
for thunk in [lambda: hash(EqOnly()), lambda: {EqOnly(): 1}, lambda: {EqOnly()}]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)


class Explicit:
    __hash__ = None


try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)


class ConstHash:
    def __hash__(self):
        return 7


print(hash(ConstHash()), len({ConstHash(), ConstHash()}))


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class BadHash:
    def __hash__(self):
        return "no"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
