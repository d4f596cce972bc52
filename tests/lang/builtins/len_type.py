# len() and type() of built-in objects.
for v in ["", "abc", "日本", [], [1, 2], (), (1,), {}, {"a": 1}, set(), {1, 2, 3}, range(10), range(3, 0, -1)]:
    print(repr(v), len(v))
for v in [1, 1.5, "s", [1], (1,), {1: 1}, {1}, None, True, range(1), slice(1), len, print]:
    print(type(v))
print(type(type(1)))
print(type(1) is int, type("") is str, type(True) is bool, type(1) == float)
