# enumerate (start=) and zip (strict=), lazy as in CPython.
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)))
print(list(enumerate("ab", start=-3)), list(enumerate("xy", 2**70)))
e = enumerate(iter([10, 20]))
print(iter(e) is e, next(e), list(e), type(e).__name__)
for args, kw in [((), {}), (([], "a"), {}), (([], 1, 2), {}), (([],), {"x": 1}), ((5,), {})]:
    try:
        enumerate(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(list(zip()), list(zip([1, 2])), list(zip("ab", [1, 2, 3])), list(zip("a", "b", "c")))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
pulled = []


def src(name, n):
    for i in range(n):
        pulled.append(name + str(i))
        yield i


print(list(zip(src("a", 2), src("b", 5))), pulled)
pulled.clear()
print(list(zip(src("a", 5), src("b", 2))), pulled)
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1], []), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ([1], [2], [3, 4]), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
for kw in [{"x": 1}, {"strict": 1, "x": 2}]:
    try:
        zip([1], **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
z = zip([1, 2], "ab")
first = next(z)
second = next(z)
print(first, second, next(z, "done"))
pairs = [(a, b) for a, b in zip(range(3), range(3, 6))]
print(pairs)
