# A decorator implemented as a class: the instance replaces the function and is not bound.
class Counted:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


@Counted
def square(x):
    return x * x


print(square(3), square(4), square.calls, type(square).__name__)


class Holder:
    @Counted
    def method(*args):
        return len(args)


h = Holder()
print(h.method(), h.method(1), Holder.method.calls)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), len(fib.cache))
