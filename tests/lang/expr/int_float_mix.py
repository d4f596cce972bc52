# Mixed int/float arithmetic results and comparisons.
print(1 + 2.0, 3 * 0.5, 7 / 2, 6 / 3, 7 // 2.0, 7 % 2.5)
print(type(1 + 2.0), type(6 / 3), type(6 // 3))
print(2 ** 0.5, 4 ** 0.5, 2 ** 2.0, 10 ** -2)
print(1 == 1.0, 1 < 1.5, 2 > 1.99999, 0 == -0.0)
print(True + 1.5, False * 2.0)
print(3 - 0.1, 0.1 * 3)
