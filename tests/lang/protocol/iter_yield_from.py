# yield from delegating to a class iterator, and a class whose __iter__ is a generator.
class Range3:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


def chain(*its):
    for it in its:
        result = yield from it
        print("delegate returned", result)


print(list(chain(Range3(), Range3())))


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c


t = Tree(1, Tree(2, Tree(3)), Tree(4), Tree(5, Tree(6), Tree(7)))
print(list(t), sum(t), max(t), 6 in t)
g = iter(t)
print(type(g).__name__, next(g), next(g))
print([x for x in t if x % 2])
