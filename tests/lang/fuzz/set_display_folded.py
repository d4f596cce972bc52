# CPython folds operators applied to constants before compiling, so a set display
# of such expressions is copied from a frozenset constant too (and iterates in that
# table's order); results over its size limits (128-bit ints) and operations that
# raise are left to run time, as a display built item by item.
print(list({-1, 2**40, 5}), list({2**40, 5, -1}))
print(list({64, 5 * 32, 64, 4, 31, 53, 6 * 32, 2**59}))
print(list({6 * 64, 2**4, 33, 4 * 64, 50, 4 * 16}), list({2**23, 50, -272, 64, -16, 2**49}))
print(list({3 * 8, 2**64, 1 << 70, -(2**10), ~255, 16 // 3, 7 % 4, 1, 9}))
print(list({2**65, 2, 3 << 126, 17, 33}), list({2**64 * 2**64, 1, 2, 3}))
print([x for x in {8 * 8, 2**6 + 8, 72 - 64, 136, 200, -56}])
print(list({1.5 * 4, 2.0 ** 3, 6, 8, 16 / 2, not 0, +True}))
print(list({(1,) + (2,), (1, 2), (3,)}))
for v in {2**40, 2**41, 2**42, 24 // 8, 2**40 + 8}:
    print(v, end=' ')
print()
try:
    print({1, 2, 1 // 0})
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print({1, 2, 1 << -1})
except ValueError as e:
    print('ValueError', e)
