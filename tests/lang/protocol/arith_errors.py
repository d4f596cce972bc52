# Unsupported operand errors name the operator and both types.
class A:
    pass


class B:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)


show(lambda: A() + 1)
show(lambda: 1 + A())
show(lambda: A() - A())
show(lambda: A() * "s")
show(lambda: A() / 2)
show(lambda: A() // 2)
show(lambda: A() % 2)
show(lambda: A() ** 2)
show(lambda: A() << 1)
show(lambda: A() & 1)
show(lambda: A() | 1)
show(lambda: A() ^ 1)
show(lambda: B() + B())
show(lambda: B() + 1)
show(lambda: -A())
show(lambda: +A())
show(lambda: ~A())
show(lambda: abs(A()))


def aug():
    x = A()
    x += 1


def aug2():
    x = B()
    x *= 2


show(aug)
show(aug2)
show(lambda: sum([A(), A()]))
