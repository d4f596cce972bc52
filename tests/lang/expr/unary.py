# Unary operators on ints, floats and bools.
print(-5, +5, -(-5), ~5)
print(-0, +0, ~0)
print(-1.5, +1.5, -(-0.0), -0.0)
print(-True, +True, ~True, ~False, -False)
print(not 0, not 1, not None, not "", not "a")
x = 7
print(-x, ~x, not x)
print(--x, -~x, ~-x)
big = 2 ** 70
print(-big, ~big, +big)
