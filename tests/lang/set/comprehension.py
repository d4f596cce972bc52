# Set comprehensions and deduplication.
print({x % 4 for x in range(20)})
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x < y}))
words = "the cat and the dog and the bird".split()
print(len(set(words)), sorted(set(words)))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen |= {w}
        order.append(w)
print(order)
