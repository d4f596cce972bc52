# A set display of constants copies a frozenset constant, which CPython builds twice
# (the second time in the first one's table order) and shares with any equal
# constant of the same compilation (1 and True and 1.0 are not equal constants
# there); iterating a display (for, comprehensions, `in`) uses that frozenset itself.
b = {25769803776, 443, 3145728, -3, 37, 1048576, 23, -590295810358705651712, 236}
print(list(b))
x = 25769803776
print(list({x, 443, 3145728, -3, 37, 1048576, 23, -590295810358705651712, 236}))
print(list({1, 9, 17, 25, 33, 41}), list({41, 33, 25, 17, 9, 1}))
def f():
    return {41, 25, 33, 17, 9, 1}
print(list(f()))
print(3 in {0, -24}, list({-24, 0, -24}))
for v in {5, 21, 37, 53, 69, 85}:
    print(v, end=' ')
print()
print([v for v in {-80, 3, 33554432, 72057594037927936, -24, 8}])
print(list({33554432, -24, 8, 72057594037927936, 3, -80}))
print(list({1, 2, 3}), list({3.0, 2, 1}), list({True, 2, 3}), list({3, 2, 1}))
