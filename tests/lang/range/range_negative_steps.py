# Ranges with negative steps: bounds, lengths, membership, indexing, slicing.
for args in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, 5, -1), (3, -3, -2)]:
    r = range(*args)
    print(args, list(r), len(r), r[0] if r else None, r[-1] if r else None)
r = range(20, 0, -4)
print(r, 16 in r, 15 in r, 0 in r, 20 in r, r[1:3], r[::-1], list(r[::-1]))
print(list(range(100, 90, -1))[::3], sum(range(0, -100, -7)))
