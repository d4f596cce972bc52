# iter() and next() on built-in iterables; iterators are their own iterators.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
t = iter((1, 2, 3))
print(iter(t) is t, list(t), list(t))
r = iter(range(2, 4))
print(next(r), next(r), next(r, -1))
try:
    iter(5)
except TypeError as e:
    print(e)
g = (x for x in "gen")
print(iter(g) is g, next(g))
items = [1, 2, 3, 4, 5, 6]
it = iter(items)
print([(a, b) for a, b in zip(it, it)])
