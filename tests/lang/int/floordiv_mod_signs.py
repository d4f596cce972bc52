# Floor division and modulo round toward negative infinity.
for a in [7, -7]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % 5, -0 // 3)
print(-1 // 10, -1 % 10)
big = 10 ** 30
print(big // 7, big % 7, -big // 7, -big % 7)
print(big // -7, big % -7)
print(divmod(-big, 12345678901234567890))
print((-big) // (-big - 1), (-big) % (-big - 1))
