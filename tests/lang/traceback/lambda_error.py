# Errors inside lambdas called by builtins.
# corpus: full-stderr
keys = [lambda r: r["name"], lambda r: r["age"] * 2]
rows = [{"name": "b", "age": 2}, {"name": "a", "age": 1}]
print(sorted(rows, key=keys[0]))
print(sorted([{"name": "c"}], key=keys[1]))
