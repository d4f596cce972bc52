# ord, chr, divmod, pow, round.
print(ord("A"), ord("\n"), ord("ÿ"), ord("✓"), chr(9731), repr(chr(0)))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(2 ** 65, 10))
print(pow(2, 8), pow(2.0, 3), pow(9, 0.5), pow(2, -1), pow(3, 4, 5), pow(-2, 3))
print(round(3.7), round(-3.7), round(2.5), round(3.14159, 2), round(7, 0), round(12345, -2))
print(type(round(3.7)), type(round(3.7, 1)), type(pow(2, 3)), type(pow(2, -3)))
