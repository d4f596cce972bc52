# dict views: live, len, in, repr, set operations, comparisons.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d["c"] = 3
print(k, list(v), list(i), "c" in k, 3 in v, ("c", 3) in i, ("c", 4) in i, "c" in i, ["c", 3] in i)
del d["a"]
print(k, v, i, bool(k), bool({}.keys()))
print({}.keys(), {}.values(), {}.items())
print(k == {"b", "c"}, k == {"b"}, k != {"b"}, i == {("b", 2), ("c", 3)}, k == ["b", "c"])
print(k < {"b", "c", "d"}, k <= {"b", "c"}, k > {"b"}, k >= {"b", "c"}, {"b"} < k)
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted({"b", "x"} & k), sorted(["z"] | k), sorted(["b", "q"] - k), sorted({"q"} ^ k))
print(sorted(i & {("b", 2)}), sorted(k & d.keys()), k.isdisjoint(["x"]), k.isdisjoint("b"))
print(v == v, v == d.values(), {1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items())
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
try:
    k & 5
except TypeError as e:
    print(type(e).__name__, e)
n = {}
n["self"] = n.keys()
print(n)
nested = {1: {2: 3}}
print(nested.items(), nested.values())
print(d.keys().__len__(), d.keys().__contains__("b"), list(d.keys().__iter__()))
