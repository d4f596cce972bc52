# Dropping the last reference to a suspended generator exits its open with at that moment.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("close", self.name, t.__name__ if t else None)


def lines(name):
    with Resource(name):
        yield 1
        yield 2
        yield 3


g = lines("a")
print(next(g))
g = None
print("after drop")


def consume():
    local = lines("b")
    print(next(local))
    print("returning")


consume()
print("after consume")
h = lines("c")
print(next(h))
del h
print("after del")
gens = [lines("d"), lines("e")]
for x in gens:
    next(x)
gens.pop()
print("popped")
gens.clear()
print("cleared")
