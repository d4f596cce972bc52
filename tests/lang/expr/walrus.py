# Assignment expressions (:=).
data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 5:
    print("long list", n)
print(n)
items = [3, 1, 4]
i = 0
while (item := items[i]) != 4:
    print("item", item)
    i += 1
print("stopped at", item)
results = [y for x in range(6) if (y := x * x) % 2 == 0]
print(results, y)
print([(z := k) * 2 for k in range(3)], z)
def f():
    total = 0
    vals = [(total := total + v) for v in [1, 2, 3]]
    return vals, total
print(f())
print((w := 10) + w)
