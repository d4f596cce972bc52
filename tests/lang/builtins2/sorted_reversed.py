# sorted() (key=, reverse=, stability) and reversed() over every kind of sequence.
print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3: 1, 1: 2}), sorted({5, 4}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (0, "z"), (1, "a")]))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
l = [5, 3]
s = sorted(l)
print(s is l, l, s, sorted([], key=None), sorted(iter([2, 1]), reverse=1))
for args, kw in [((), {}), (([], 1), {}), (([],), {"foo": 1}), (([],), {"reverse": "x"}),
                 (([1, "a"],), {}), (([1, 2],), {"key": 1})]:
    try:
        print(sorted(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed(range(2**64, 2**64 + 3))))
for x in [[], (), "", range(3), {}, {}.keys(), {}.values(), {}.items(), [1]]:
    print(type(reversed(x)).__name__, end=" ")
print()


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


class Rev:
    def __reversed__(self):
        return iter("custom")


print(list(reversed(Seq())), list(reversed(Rev())), type(reversed(Seq())).__name__)


class NoRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


for bad in [5, {1, 2}, iter([1]), NoRev(), None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reversed()
except TypeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
r = reversed(l)
print(next(r))
l.append(4)
print(list(r))
l = [1, 2, 3]
r = reversed(l)
next(r)
l.clear()
print(list(r))
