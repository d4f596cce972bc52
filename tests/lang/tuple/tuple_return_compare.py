# Tuples as multiple return values and as lexicographic sort keys.
def stats(xs):
    return len(xs), sum(xs), min(xs), max(xs)
n, total, lo, hi = stats([4, 8, 15, 16, 23, 42])
print(n, total, lo, hi, total / n)
people = [("bob", 25), ("amy", 31), ("cat", 25), ("dan", 19)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people))
print((1, 2, 3) < (1, 2, 4), (1, "b") > (1, "a"), (0,) * 3 == (0, 0, 0))
