# Infinite class iterators are safe with consumers that stop early.
class Count:
    def __init__(self, start=0, step=1):
        self.v = start
        self.step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self.v
        self.v += self.step
        return v


print(list(zip("abc", Count(10))))
for i, v in enumerate(Count(5, 5)):
    if i == 3:
        break
    print(i, v)
print(any(v > 100 for v in Count()), next(v for v in Count(1) if v % 7 == 0))
print(3 in Count(), 10 in Count(0, 5))
c = Count()
print([next(c) for _ in range(4)], next(c))
m = map(lambda v: v * v, Count(1))
print(next(m), next(m), next(m))
f = filter(lambda v: v % 3 == 0, Count(1))
print(next(f), next(f))
a, b, *rest = zip(Count(), "xyzw")
print(a, b, rest)
