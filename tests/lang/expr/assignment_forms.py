# Chained assignment, tuple/list unpacking, starred targets, swaps.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y)
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
(r, s), t = (3, 4), 5
print(r, s, t)
[u, v] = "uv"
print(u, v)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = "abcde"
print(h, mid, tl)
one, *none = [1]
print(one, none)
i, j, k = range(3)
print(i, j, k)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 6
print(lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
for n, (ch, code) in enumerate([("a", 97), ("b", 98)]):
    print(n, ch, code)
