# A million suspended generators alive at once in a list, then each resumed once.
def gen(i):
    yield i
    yield i + 1

N = 1000000
gens = [gen(i) for i in range(N)]
for g in gens:
    next(g)
g = None
print(sum(map(next, gens)) % 1000000007)
