# Float literals: decimals, exponents, underscores, leading/trailing dots.
print(1.5, 0.25, 3.)
print(.5, .125)
print(1e3, 1E3, 1e-3, 2.5e+2, 1_000.000_1)
print(6.02e23, 1.6e-19)
print(0.0, 00.5, 1_0e1_0)
print(1e308, 1e-308, 5e-324)
print(123456789.123456789)
print(1e16, 1e15, 123e-20)
