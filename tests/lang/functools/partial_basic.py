from functools import partial

def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))

p = partial(f, 1)
print(p(2))
print(p(2, 4, 5, 6))
print(p(b=7))
q = partial(f, 1, 2, x=10)
print(q())
print(q(x=11, y=12))
print(q.func is f, q.args, q.keywords)
print(type(q).__name__, isinstance(q, partial))

# nested partials are flattened
r = partial(q, 3, z=1)
print(r.func is f, r.args, r.keywords)
print(r())

basetwo = partial(int, base=2)
print(basetwo("10010"), basetwo("111", base=10))
print(partial(max, 5)(1, 9), partial(sorted, reverse=True)([3, 1, 2]))

# the keywords dict is a copy
kw = {"x": 1}
s = partial(f, **kw)
kw["x"] = 99
print(s(0, 0))
print(partial(f)(1, 2))
print(callable(p), callable(partial))
