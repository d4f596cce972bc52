# The built-in iterator types: names, self-iteration, mutation during iteration.
for x in [[], (), "ab", "é", {}, set(), frozenset(), range(3), range(2**70), {}.keys(),
          {}.values(), {}.items(), enumerate([]), zip(), map(len, []), filter(None, []),
          reversed([]), reversed(()), iter(int, 0)]:
    it = iter(x)
    print(type(it).__name__, iter(it) is it)
l = [1, 2]
out = []
for x in l:
    out.append(x)
    if len(l) < 5:
        l.append(x * 10)
print(out, l)
it = iter([1, 2])
print(list(it), list(it))
l = [1]
it = iter(l)
print(list(it))
l.append(2)
print(list(it))
d = {"a": 1, "b": 2}
for k in d:
    d[k] = 0
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    n = 0
    for k in d:
        n += 1
        del d[k]
        d[k + str(n)] = n
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
it = iter(d)
d[2] = 2
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
for x in s:
    s.discard(x)
    s.add(x)
print(sorted(s))
r = iter(range(3))
print(next(r), list(r), list(r))
r = iter(range(10, 0, -3))
print(list(r), list(iter(range(-5))), list(range(2**64, 2**64 + 2)))
print(list(reversed(range(-3, 3, 2))), list(range(0, -10, -4)))
st = iter("hé€😀")
print(list(st), list(iter("")))
items = {"x": 1, "y": 2}.items()
print([p for p in items], [(k, v) for k, v in items], list(zip(items, items)))
k = iter({"a": 1}.keys())
print(k.__next__(), next(k, "end"))
try:
    k.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
