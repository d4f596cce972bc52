# Iterating sets: sum/min/max/sorted give order-independent results.
s = {5, 3, 8, 1}
print(sum(s), min(s), max(s), sorted(s), sorted(s, reverse=True))
total = 0
for x in s:
    total += x * x
print(total)
print(sorted(x * 2 for x in s), any(x > 7 for x in s), all(x > 0 for x in s))
print(len(s), bool(s), bool(set()))
print(sorted(set("abracadabra")))
print(list({0, 1, 2, 3}), tuple({4, 5, 6}))
