# Misuses of super() and the errors CPython reports.
class A:
    def f(self):
        return "A.f"


class B(A):
    def g(self):
        return super().nope

    def h(self):
        return super().f()


def plain():
    return super()


def show(thunk):
    try:
        print(thunk())
    except (TypeError, RuntimeError, AttributeError) as e:
        print(type(e).__name__, e)


show(lambda: B().g())
show(lambda: B().h())
show(plain)
show(lambda: super(B, A()).f())
show(lambda: super(B, 3))
show(lambda: super(B, B()).f())
show(lambda: super(A, B()).f())
