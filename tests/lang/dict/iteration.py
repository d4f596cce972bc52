# Iterating over dicts: keys in insertion order; modifying during iteration fails.
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d)
for k in d:
    print(k, end=" ")
print()
print(list(d), [k for k in d if d[k] > 1])
print(max(d, key=d.get), sorted(d, key=lambda k: (-d[k], k))[:3])
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(e)
squares = {n: n * n for n in range(6) if n % 2}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
print({k: v for k, v in zip("ab", "cd")})
