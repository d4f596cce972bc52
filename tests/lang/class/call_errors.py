# Calling methods and constructors with the wrong arguments.
class C:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def m(self):
        return self.x

    def kw(self, *, key):
        return key


class Empty:
    pass


def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)


show(lambda: C(1))
show(lambda: C())
show(lambda: C(1, 2, 3))
show(lambda: C(1, 2).m(5))
show(lambda: C.m())
show(lambda: C(1, 2).kw(3))
show(lambda: C(1, 2).kw())
show(lambda: C(1, 2, z=3))
show(lambda: Empty(1))
show(lambda: Empty(a=1))
print(type(Empty()).__name__, C(1, y=2).y)
