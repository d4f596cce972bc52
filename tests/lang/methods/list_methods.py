# list methods, including the errors CPython raises.
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend("ab")
l.extend(x for x in (7,))
l.insert(0, "first")
l.insert(-1, "before-last")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(2), l.index(2, 1), l.index(2, -9), l.count(2), l.count("zz"))
l = [5, 2, 8, 1]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.sort(key=lambda x: x % 3)
print(l)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len, reverse=True)
print(words)
l.reverse()
c = l.copy()
c.append(99)
print(l, c)
c.clear()
print(c, len(l))
for name, args, kw in [("remove", (42,), {}), ("pop", (10,), {}), ("index", (42,), {}),
                       ("index", (1, 0, 1), {}), ("sort", (1,), {}), ("sort", (), {"foo": 1}),
                       ("insert", ("x", 1), {}), ("pop", ("x",), {}), ("append", (), {}),
                       ("extend", (5,), {}), ("index", (8, "x"), {}), ("pop", (1, 2), {}),
                       ("count", (), {})]:
    try:
        print(getattr([8, 5, 2], name)(*args, **kw))
    except (TypeError, ValueError, IndexError) as e:
        print(name, type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
m = [1, 2]
print(m.__len__(), m.__getitem__(1), m.__getitem__(slice(0, 1)), m.__contains__(2), list(m.__iter__()))
m.__setitem__(0, "z")
m.__delitem__(1)
print(m, m.__add__([3]), m.__mul__(2), m.__rmul__(2), list(m.__reversed__()), m.__eq__(["z"]))
m.__iadd__([4])
m.__imul__(2)
print(m, m.__lt__(["zz"]), m.__eq__(5), [1] * 0)
try:
    m.__add__((1,))
except TypeError as e:
    print(type(e).__name__, e)
s = [1, 2, 3, 2, 1]
print(s.index(1, 1), s.index(2, -2), s.index(1, -1, 10**20), s.count(1))
big = list(range(10))
print(big.pop(-1), big.pop(3), big, [1, 1.0, True].count(1))
