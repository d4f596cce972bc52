# Difference: rill has no complex numbers. A negative float raised to a fractional power
# raises ValueError; CPython returns a complex number.
try:
    print((-8.0) ** (1 / 3))
except ValueError as e:
    print(type(e).__name__, e)
print((-8.0) ** 2, 8.0 ** (1 / 3))
