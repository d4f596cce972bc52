# Float floor division and modulo: the result of % has the divisor's sign.
for a in [7.5, -7.5]:
    for b in [2.0, -2.0]:
        print(a, b, a // b, a % b, divmod(a, b))
print(7 // 2.5, 7 % 2.5, -7 % 2.5, 7 % -2.5)
print(5.0 % 1.0, -5.0 % 1.0, 0.0 % 5, -0.0 % 5)
print(1e300 // 3.0, 0.3 // 0.1, 0.3 % 0.1)
print(divmod(-1.0, 3), divmod(1, -3.0))
print(-1e-20 % 1.0)
