# Comparing big ints with floats is exact.
n = 2 ** 53
print(n == float(n), n + 1 == float(n + 1), float(n + 1))
print(n + 1 > float(n), n + 1 < float(n) + 2)
print(2 ** 1000 > 1e300, 2 ** 1000 < float("inf"), -(2 ** 1000) > float("-inf"))
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"))
print(1 == 1.0, 3 == 3.0000000001, 0 == -0.0)
print(float(2 ** 63), float(2 ** 64 - 1), float(10 ** 22), float(10 ** 23))
print(2 ** 63 == 9.223372036854776e18, 2 ** 63 - 1 == 9.223372036854776e18)
print(max(2 ** 70, 1e21), min(2 ** 70, 1e22))
print(float(123456789012345678901234567890))
print(2 ** 70 / 2 ** 69, 10 ** 30 / 10 ** 10, 1 / 3, 2 ** 100 / 3)
