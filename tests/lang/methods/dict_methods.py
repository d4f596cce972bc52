# dict methods and their errors.
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("b", 2), d.setdefault("a", 9), d.setdefault("n"))
print(d, d.pop("n"), d.pop("zz", "dflt"), d)
d.update({"c": 3}, x=0)
d.update([("d", 4), ["e", 5]])
d.update(f=6)
d.update()
print(d, len(d), list(d.keys()), list(d.values())[:3])
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
c.clear()
print(c, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(2), []))
for name, args, kw in [("pop", (1,), {}), ("pop", (), {}), ("popitem", (), {}), ("get", (), {}),
                       ("get", (1, 2, 3), {}), ("update", (1,), {}), ("update", (1, 2), {}),
                       ("update", ([(1, 2, 3)],), {}), ("update", ([5],), {}), ("setdefault", (), {}),
                       ("keys", (1,), {}), ("get", ([],), {}), ("fromkeys", (), {}),
                       ("fromkeys", (1, 2, 3), {})]:
    try:
        print(getattr({}, name)(*args, **kw))
    except (TypeError, ValueError, KeyError) as e:
        print(name, type(e).__name__, e)
try:
    dict.get(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class M:
    def keys(self):
        return iter(["p", "q"])

    def __getitem__(self, k):
        return k * 2


d = {}
d.update(M())
print(d, d.__len__(), d.__getitem__("p"), d.__contains__("q"), list(d.__iter__()), list(d.__reversed__()))
d.__setitem__("r", 1)
d.__delitem__("p")
print(d, d.__or__({"s": 2}), d.__eq__({"q": "qq", "r": 1}))
d.__ior__([("t", 3)])
print(d)
for m, a in [("__getitem__", ("zz",)), ("__delitem__", ("zz",))]:
    try:
        getattr(d, m)(*a)
    except KeyError as e:
        print(m, type(e).__name__, e)
e = {1: "a", 2: "b"}
e[3] = "c"
del e[1]
print(e.popitem(), e, {}.get(1, None), e.items())
