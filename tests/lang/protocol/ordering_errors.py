# Comparisons nobody implements raise TypeError naming both types.
class A:
    pass


class B:
    def __lt__(self, other):
        return NotImplemented


def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)


show(lambda: A() < B())
show(lambda: A() <= A())
show(lambda: B() < B())
show(lambda: A() > 1)
show(lambda: "s" >= A())
show(lambda: sorted([A(), A()]))
show(lambda: max(B(), B()))
show(lambda: min([A(), 1]))
show(lambda: A() == B())
show(lambda: [A()] < [A()])
show(lambda: (1, A()) < (1, A()))
show(lambda: len(sorted([B()])))
