# *args and **kwargs, and unpacking at call sites.
def f(*args, **kwargs):
    return args, kwargs

print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], *(4,), x=5, **{"y": 6, "z": 7}))
def g(a, b, *rest, c=0, **opts):
    print(a, b, rest, c, opts)
g(1, 2)
g(1, 2, 3, 4, c=5, d=6)
g(*range(5))
g(**{"a": "A", "b": "B", "e": "E"})
args = (10, 20)
kwargs = {"c": 30}
g(*args, **kwargs)
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*range(101)))
print(max(*[3, 9, 2]), "-".join(["a", "b"]), print(*"abc", sep="|"))
