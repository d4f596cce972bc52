# hash(): ints hash to themselves (mostly); equal values hash equal.
print(hash(0), hash(7), hash(-7), hash(-1), hash(10 ** 6))
print(hash(True) == hash(1), hash(2.0) == hash(2), hash("abc") == hash("a" + "bc"))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash("") == hash(""))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
