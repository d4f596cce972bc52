# Nested tuples, sorting tuples, tuples from generators.
points = [(3, 1), (1, 2), (2, 2), (1, 1)]
print(sorted(points))
print(sorted(points, key=lambda p: (p[1], -p[0])))
print(tuple(x * 2 for x in range(4)))
print(tuple(zip("ab", (1, 2))))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(max(points), min(points))
print(tuple(sorted({3: "c", 1: "a"}.items())))
