# dict views print like CPython's and reflect later changes.
d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["c"] = 3
print(k, len(k), "c" in k, 3 in v, ("a", 1) in it)
print(sorted(k, reverse=True), sum(v), list(it)[-1])
print({}.keys(), {}.values(), {}.items())
for key in d.keys():
    print(key, d[key])
for key, value in d.items():
    print(key, "->", value)
