# get, setdefault, update, pop, copy, clear, keys/values/items.
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0), d.get("x", 0))
print(d.setdefault("x", 100), d.setdefault("w", []), d)
d["w"].append(1)
print(d)
d.update({"y": 20, "v": 5})
print(d)
d.update([("u", 6)], t=7)
d.update(s=8)
print(d)
print(d.pop("x"), d.pop("missing", "dflt"), d)
c = d.copy()
c["y"] = -1
print(d["y"], c["y"], c is d, c == d)
print(list(d.keys()), list(d.values()), list(d.items()))
c.clear()
print(c, len(c))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
print(d.update({}), d.clear(), d)
