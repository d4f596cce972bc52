# sum() over a counting generator: the cost of resuming a generator per item.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

total = 0
for _ in range(72):
    total += sum(count(400000))
print(total)
