# Built-ins over ranges and strings.
r = range(1, 11)
print(sum(r), max(r), min(r), len(r), list(reversed(r))[:3], sorted(r, reverse=True)[:2])
print(list(map(lambda x: x * x, r))[-1], list(filter(lambda x: x % 4 == 0, r)))
print(list(enumerate(range(3), 10)), list(zip(range(3), range(5, 8))))
print(any(x > 9 for x in r), all(x < 11 for x in r))
print(sorted("rill"), list(reversed("rill")), max("rill"), "".join(sorted("rill")))
