# Methods of set and frozenset called through the class on a wrong self: the error
# names the class the method was looked up on, and set's methods refuse a frozenset
# (and frozenset's a set).
def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for name in ["__len__", "__iter__", "__repr__", "copy"]:
    attempt(getattr(set, name), 1)
    attempt(getattr(frozenset, name), 1)
    attempt(getattr(set, name), frozenset())
    attempt(getattr(frozenset, name), set())
for name in ["union", "intersection", "difference", "symmetric_difference", "issubset",
             "issuperset", "isdisjoint", "__contains__", "__or__", "__and__", "__sub__",
             "__xor__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]:
    attempt(getattr(set, name), 1, {1})
    attempt(getattr(frozenset, name), 1, {1})
    attempt(getattr(set, name), frozenset({1}), {1})
    attempt(getattr(frozenset, name), {1}, {1})
for name in ["add", "discard", "update", "difference_update"]:
    attempt(getattr(set, name), frozenset(), 1)
    attempt(getattr(set, name), [], 1)

attempt(set.union)
attempt(frozenset.union)
# ordinary calls still work
print(sorted({1}.union({2})), sorted(frozenset({3}).union([4])))
print(set.union({1}, [2]), frozenset.intersection(frozenset({1, 2}), {2}))
