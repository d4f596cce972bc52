# &, |, ^, ~ on positive, negative and big ints (two's complement semantics).
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-12 & -10, -12 | -10, -12 ^ -10)
big = 2 ** 100 + 12345
print(big & 0xFFFF, big | 1, big ^ big, ~big)
print(-big & 0xFFFFFFFF, -big | 0xFF, -big ^ 1)
print((2 ** 70 - 1) & -(2 ** 35))
print(0xFF00FF00FF00FF00FF ^ 0x00FF00FF00FF00FF00)
print(True & False, True | False, True ^ True)
