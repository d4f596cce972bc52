# Float comparisons and equality with ints.
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 0.5 == 1 / 2)
print(1.0 == 1, 1.5 > 1, 2.0 <= 2, -0.0 == 0.0, -0.0 < 0.0)
print(1e-320 > 0, 5e-324 / 2 == 0)
print(sorted([3.5, -1.0, 2, 0.0, -2.5, 1]))
print(max([1.5, 2, 2.0]), min([2.0, 2]))
print(1.0 < 2 < 2.5 < 3)
print(float(2 ** 53) == 2 ** 53 + 1)
