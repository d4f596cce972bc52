# An iterator class consumed by every built-in that takes an iterable.
class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        v = self.i * self.i
        self.i += 1
        return v


print(list(Squares(5)))
print(tuple(Squares(4)))
print(sorted(set(Squares(6))))
print(sorted(Squares(5), reverse=True))
print(sum(Squares(10)), sum(Squares(3), 100))
print(min(Squares(5)), max(Squares(5)), min(Squares(0), default="none"))
print(list(zip(Squares(3), Squares(10), "abc")))
print(list(enumerate(Squares(3), 1)))
print(list(map(str, Squares(4))))
print(list(map(lambda a, b: a + b, Squares(3), Squares(3))))
print(list(filter(lambda v: v % 2, Squares(6))))
print(any(Squares(1)), any(Squares(3)), all(Squares(3)), all(Squares(0)))
print(list(reversed(list(Squares(3)))))
print(dict(zip(Squares(3), "xyz")))
print(frozenset(Squares(3)) == {0, 1, 4})
print(len(list(Squares(100))))
