# The built-in classes called as constructors.
print(int(), int(5), int(-2.7), int("  42 "), int("-0x1f", 16), int("0b101", 0), int("z", 36))
print(int(True), int("1_000"), int(2**70), int(" 7\n"), int("0o17", 0), int("12"))


class I:
    def __int__(self):
        return 7


class X:
    def __index__(self):
        return 8


print(int(I()), int(X()), float(X()))
for args in [("x",), ("12", 1), (1, 2), ([],), ("1.5",), (1.5, 10), ("", 10), (float("inf"),),
             (float("nan"),), ("9" * 5000,)]:
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, str(e)[:80])
try:
    int(x=5)
except TypeError as e:
    print(type(e).__name__, e)
print(float(), float(3), float("1.5"), float(" -2e3 "), float("inf"), float("-nan"), float(True))
for args in [("x",), ([],), ("1,5",)]:
    try:
        print(float(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Fl:
    def __float__(self):
        return 2.5


print(float(Fl()), str(), str(1), str([1, "a"]), str("s"), str(None), str(2.0))
print(bool(), bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None))
for f, args, kw in [(bool, (1, 2), {}), (bool, (), {"x": 1}), (str, (1, 2), {}),
                    (list, (1, 2), {}), (list, (), {"x": 1}), (list, (1,), {}), (tuple, (1,), {}),
                    (set, (1,), {}), (frozenset, (1,), {}), (float, (), {"x": 1})]:
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), tuple(), tuple([1]), tuple("ab"))
t = (1, 2)
print(tuple(t) is t, set(), set("aab") == {"a", "b"}, frozenset([1, 1]), frozenset())
print(dict(), dict({1: 2}), dict([(1, 2), [3, 4]]), dict(a=1, b=2), dict({1: 2}, x=3), dict(["ab"]))


class M:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, k):
        return k.upper()


print(dict(M()), dict(zip("ab", "cd")))
for args in [(1,), ([1],), ([[1, 2, 3]],), ([(1,)],), ({}, {})]:
    try:
        print(dict(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(range(5), range(1, 5), range(1, 10, 2), list(range(5, 0, -2)), range(X()))
for args in [(), (1.5,), (1, 2, 0), (1, 2, 3, 4)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(slice(3), slice(1, 2), slice(1, 2, 3), [0, 1, 2, 3][slice(1, None)])
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
print(type(1), type("a"), type([]), type(type), type(None), type(len), type(iter([])))
C = type("C", (), {"a": 1, "f": lambda self: self.a + 1})
print(C.__name__, C().f(), C.a, type(C()).__name__, isinstance(C(), C))
D = type("D", (C,), {})
print(D().f(), issubclass(D, C))
for args in [(), (1, 2), ("a", 1, {}), ("a", (), 1), (1, (), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
o = object()
print(type(o).__name__, o == o, o != object())
for args, kw in [((1,), {}), ((), {"x": 1})]:
    try:
        object(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(ValueError("x"), repr(KeyError("k")), TypeError().args, Exception(1, 2).args)
try:
    ValueError(x=1)
except TypeError as e:
    print(type(e).__name__, e)
