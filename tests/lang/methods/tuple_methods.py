# tuple methods.
t = (1, 2, 3, 2, "a")
print(t.index(2), t.index(2, 2), t.index("a", -1), t.count(2), t.count(9), t.count(1.0))
for args in [(9,), (2, 4), (), (1, "x")]:
    try:
        print(t.index(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(t.__len__(), t.__getitem__(0), t.__getitem__(slice(1, 3)), t.__contains__("a"), t.__add__((9,)))
print(t.__mul__(2), list(t.__iter__()), t.__hash__() == hash(t), t.__eq__((1, 2, 3, 2, "a")), t.__lt__((2,)))
try:
    t.__add__([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple.index([1], 1)
except TypeError as e:
    print(type(e).__name__, e)
