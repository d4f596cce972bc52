# Dict displays, lookup, assignment, insertion order, len, in.
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
d["b"] = 10
print(d)
del d["b"]
d["b"] = 20
print(d)
print({}, {1: {2: {3: "deep"}}}, {(1, 2): [3], None: None, 1.5: "f"})
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, z=0))
print(dict(zip("abc", range(3))))
print({"a": 1, "a": 2})
print({**d, "new": 0, **{"a": -1}})
e = {1: "int", True: "bool", 1.0: "float"}
print(e)
print({-1: "m", 0: "z", 2 ** 70: "big", -(2 ** 70): "negbig"})
print({"it's": 'q"'})
