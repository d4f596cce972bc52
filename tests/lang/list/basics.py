# List displays, indexing, len, equality, nesting.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[1:])
print([], [[]], [[], [1, [2, [3]]]])
b = [1, "two", 3.0, None, True, (1, 2), [3]]
print(b)
print(a == [1, 2, 3], a != [1, 2], a == (1, 2, 3))
a[0] = 100
a[-1] = 300
print(a)
print([*a, *"xy", 0], [*range(3)])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
print(list("abc"), list(range(4)), list((1, 2)), list())
