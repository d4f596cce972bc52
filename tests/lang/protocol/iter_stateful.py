# Iterators keep their state between consumers; exhausted ones stay exhausted.
class Gen:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


g = Gen(10)
print(next(g), next(g))
print(list(zip(g, "ab")))
print(list(g))
print(list(g), next(g, None))
g = Gen(6)
pairs = list(zip(g, g))
print(pairs)


class Fib:
    def __init__(self):
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


out = []
for i, f in enumerate(Fib()):
    if i == 12:
        break
    out.append(f)
print(out)
print(list(zip(range(5), Fib())))
