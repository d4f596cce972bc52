# True division always gives a float, correctly rounded.
print(1 / 2, 4 / 2, -3 / 2, 0 / 5, -0 / 5)
print(10 ** 20 / 10 ** 19, (10 ** 20 + 1) / 10, 2 ** 60 / 3)
print(1 / 7, 22 / 7, 355 / 113)
print(7 / -2, -7 / -2)
print(123456789123456789 / 1000000007)
print(type(4 / 2))
