# Building dicts from generators, zips and enumerate; merging with update.
letters = "abcde"
index = dict((ch, i) for i, ch in enumerate(letters))
print(index)
print(dict(enumerate(letters, 1)))
squares = dict(zip(range(5), (n * n for n in range(5))))
print(squares)
merged = {}
for part in [{"a": 1}, {"b": 2, "a": 3}, {"c": 4}]:
    merged.update(part)
print(merged)
print({**index, **squares}, len({**index, **squares}))
inverted = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
