# The old sequence protocol: __getitem__ with ints until IndexError makes a class iterable.
class Seq:
    def __init__(self, n):
        self.n = n
        self.calls = []

    def __getitem__(self, i):
        self.calls.append(i)
        if i >= self.n:
            raise IndexError(i)
        return i * 10


s = Seq(4)
for x in s:
    print(x)
print(s.calls)
print(list(Seq(3)), tuple(Seq(2)), sum(Seq(5)))
print(20 in Seq(4), 25 in Seq(4))
a, b = Seq(2)
print(a, b)
print(sorted(Seq(3), reverse=True), list(enumerate(Seq(2))))
it = iter(Seq(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))


class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(Stops()))


class Bad:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(Bad())
except KeyError as e:
    print(type(e).__name__, e)
