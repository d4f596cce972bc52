# Generator expressions consumed by sum(), any() and a for loop.
data = list(range(2000))
total = 0
hits = 0
for r in range(2700):
    total += sum(x * x for x in data if x % 3 != r % 3)
    if any(x > 1990 + r % 10 for x in data):
        hits += 1
    for y in (x + r for x in data if x & 1):
        total ^= y
print(total, hits)
