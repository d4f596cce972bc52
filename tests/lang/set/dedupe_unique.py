# Typical set uses: uniqueness, common items, differences between lists.
a = [5, 1, 2, 5, 3, 1]
b = [2, 3, 4, 4]
print(sorted(set(a)), len(set(a)) == len(a))
print(sorted(set(a) & set(b)), sorted(set(a) - set(b)), sorted(set(a) ^ set(b)))
def has_dupes(xs):
    return len(set(xs)) != len(xs)
print(has_dupes("abc"), has_dupes("abca"), has_dupes([]))
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(sorted(primes))
