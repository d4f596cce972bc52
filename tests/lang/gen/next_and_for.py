# Driving a generator with next() and with for.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
g = countdown(3)
print(next(g), next(g), next(g), next(g, "done"))
for v in countdown(4):
    print("for got", v)
print(list(countdown(5)), sum(countdown(100)), tuple(countdown(2)))
g = countdown(3)
print(next(g))
print(list(g))
print(list(g))
print([x * 10 for x in countdown(3)])
print(max(countdown(7)), sorted(countdown(4)), "-".join(str(v) for v in countdown(3)))
