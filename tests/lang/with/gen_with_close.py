# A suspended generator inside a with block: close() runs __exit__ with GeneratorExit.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        self.open = True
        print("open", self.name)
        return self

    def __exit__(self, t, v, tb):
        self.open = False
        print("close", self.name, t.__name__ if t else None)


def reader(name):
    with Resource(name) as r:
        for i in range(3):
            yield name + str(i)
    print("reader finished", name)


g = reader("a")
print(next(g))
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
g2 = reader("b")
g2.close()
print("never started: no open")
