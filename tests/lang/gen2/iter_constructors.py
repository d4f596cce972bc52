# Building containers from generators.
def gen(n):
    for i in range(n):
        yield i

print(list(gen(4)), tuple(gen(3)), sorted(set(x % 3 for x in gen(10))))
print(frozenset(gen(3)) == frozenset({0, 1, 2}))
print(dict((str(i), i) for i in gen(3)))
print(dict(zip(gen(3), "abc")))
print(dict(enumerate(gen(2))))
print(list(gen(0)), tuple(gen(0)), dict(gen(0)), set(gen(0)))
try:
    dict(gen(2))
except TypeError as e:
    print("TypeError:", e)
try:
    dict(["abc"] for _ in [1])
except ValueError as e:
    print("ValueError:", e)
l = [0]
l.extend(gen(3))
l += (x * 10 for x in gen(2))
print(l)
s = set()
s.update(gen(3), (9 for _ in [1]))
print(sorted(s))
d = {}
d.update((k, -k) for k in gen(2))
print(d)
print(list(list(gen(i)) for i in gen(4)))
print(str(tuple(str(i) for i in gen(3))))
print(len(list(gen(1000))))
print(list(reversed(list(gen(4)))))
