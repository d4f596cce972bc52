# Custom exceptions escaping __next__ stop a for loop with that error, unlike StopIteration.
class Exhausted(StopIteration):
    pass


class Broken(Exception):
    pass


class It:
    def __init__(self, exc):
        self.exc = exc
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise self.exc("after %d" % self.n)
        return self.n


print(list(It(StopIteration)))
print(list(It(Exhausted)))
try:
    print(list(It(Broken)))
except Broken as e:
    print("Broken", e)
try:
    next(It(Exhausted))
    it = It(Exhausted)
    next(it), next(it), next(it)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
