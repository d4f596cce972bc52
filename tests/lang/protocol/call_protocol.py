# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls)
print(list(map(add5, [10, 20])), callable(add5), callable(Adder))
print(sorted([3, 1, 2], key=Adder(-1)))


class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x


print(Compose(str, Adder(1), abs)(-5))


class NotCallable:
    pass


print(callable(NotCallable()), callable(len), callable(3))
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 5
    x()
except TypeError as e:
    print(type(e).__name__, e)
