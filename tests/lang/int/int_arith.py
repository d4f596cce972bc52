# Basic int arithmetic crossing the small/big boundary both ways.
a = 2 ** 62
print(a + a, a * 4, a * a)
b = a * a
print(b - a * a, b // a, type(b // a))
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387904 * 2, -4611686018427387904 * 2)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
x = 1
for i in range(1, 30):
    x = x * i - i
print(x)
print(x - x, x + (-x), abs(-x) == x)
print(12345678901234567890 * 98765432109876543210)
print(-7 * 6, 0 * -1, -0)
