# Classes nested in classes and in functions.
class Tree:
    class Node:
        def __init__(self, value, children=()):
            self.value = value
            self.children = list(children)

        def size(self):
            return 1 + sum(c.size() for c in self.children)

    def __init__(self):
        self.root = Tree.Node(1, [Tree.Node(2), Tree.Node(3, [Tree.Node(4)])])

    def size(self):
        return self.root.size()


t = Tree()
print(t.size(), type(t.root).__qualname__)


def make_counter_class(start):
    class Counter:
        def __init__(self):
            self.n = start

        def next(self):
            self.n += 1
            return self.n

    return Counter


C1 = make_counter_class(10)
C2 = make_counter_class(100)
a, b = C1(), C2()
print(a.next(), a.next(), b.next(), C1 is C2, C1.__name__ == C2.__name__)
print(C1.__qualname__)
