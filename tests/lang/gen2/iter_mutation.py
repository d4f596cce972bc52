# Containers changed while a generator iterates over them.
def keys_of(d):
    for k in d:
        yield k

d = {"a": 1, "b": 2}
g = keys_of(d)
print(next(g))
d["c"] = 3
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_frame)

d = {"a": 1, "b": 2}
g = (k for k in d)
print(next(g))
del d["a"]
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)

d = {"a": 1}
g = (v for v in d.values())
next(g)
d["a"] = 100
print("changing a value is fine:", list(g))

s = {1}
g = (x for x in s)
next(g)
s.add(2)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
