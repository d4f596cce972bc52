# len, repr, ascii, hash and id on built-in and user objects.
print(len(""), len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)))
print(len(range(0, 100, 7)), len(frozenset()), len({}.keys()), len({1: 2}.items()))


class L:
    def __len__(self):
        return 3


print(len(L()))
for bad in [5, 2.5, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class Neg:
    def __len__(self):
        return -1


try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
print(repr("a'b"), repr('a"b'), repr([1, "x"]), repr(1.0), repr(None))
print(ascii("héllo"), ascii(["ü", "€", "\U0001F600"]), ascii(1))
print(hash(1) == hash(1.0), hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
print(hash(-1), hash(0), hash(True), hash(2**61), hash(-2**61 - 5))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)).__name__)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
