# range in for loops: modifying the loop variable does not affect iteration.
for i in range(3):
    print(i)
    i = 100
print("after", i)
total = 0
for i in range(10, 0, -2):
    total += i
print(total)
r = range(3)
print([x for x in r], [x for x in r])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
