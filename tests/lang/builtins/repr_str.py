# repr() versus str() for built-in values.
for v in [1, -2.5, 1e100, "text", "it's", "", None, True, [1, "a"], (1,), {"k": "v"}, {1}, set(), range(2), 1.0]:
    print(repr(v), str(v))
print(repr([1.0, 2.5, -0.0]), repr(("a",)), repr({"a": [1, (2, "b")]}))
