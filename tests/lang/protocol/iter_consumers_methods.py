# An iterator class consumed by methods of built-in types that take iterables.
class Pairs:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return (chr(96 + self.i), self.i)


lst = [("z", 0)]
lst.extend(Pairs(2))
print(lst)
d = {"a": 100}
d.update(Pairs(3))
print(d, dict(Pairs(2)))
s = set()
s.update(Pairs(2))
print(sorted(s))
print(frozenset(Pairs(1)))
print(set(Pairs(2)) | {("q", 9)} == {("a", 1), ("b", 2), ("q", 9)})
print(set(Pairs(3)).issuperset(Pairs(2)), {("a", 1)}.isdisjoint(Pairs(3)))
print("-".join(k for k, v in Pairs(4)))
print(list(map(lambda kv: kv[1], Pairs(3))), max(Pairs(3), key=lambda kv: -kv[1]))
print(sorted(Pairs(3), key=lambda kv: kv[1], reverse=True))
print(tuple(reversed(list(Pairs(2)))), list(enumerate(Pairs(2), start=5)))
print(sum(v for _, v in Pairs(100)), min(Pairs(3))[0], dict.fromkeys(Pairs(1)))
