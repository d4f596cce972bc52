# min and max: iterables, several arguments, key=, default=, and the errors.
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max(3, 1, 2))
print(min("hello"), max("hello"), min((5, 2)), max(range(10)))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min(["bb", "a", "cc"], key=len))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max(1, 2.5), min(2, 1.0), max([(1, "b"), (1, "c")]))
print(max([1, 2], key=None), min(4, 5, key=lambda x: -x))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
for args, kw in [((), {}), (([],), {}), ((5,), {}), ((1, 2), {"default": 3}),
                 (([1],), {"key": 1}), (([1], ), {"foo": 1}), ((1, "a"), {})]:
    for f in (min, max):
        try:
            print(f(*args, **kw))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)


def g():
    yield 4
    yield 9
    yield 1


print(max(g()), min(g()))
