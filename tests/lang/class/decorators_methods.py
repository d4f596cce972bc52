# Decorators applied to methods: the wrapper receives self like any other argument.
def logged(fn):
    def wrapper(self, *args):
        print("->", fn.__name__, args)
        return fn(self, *args)
    return wrapper


def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper


class Calc:
    def __init__(self, base):
        self.base = base

    @logged
    def add(self, x):
        return self.base + x

    @counted
    def mul(self, x):
        return self.base * x

    @staticmethod
    @counted
    def helper(x):
        return -x

    @classmethod
    @logged
    def build(cls, v):
        return cls(v)


c = Calc(10)
print(c.add(5))
print(c.mul(2), c.mul(3), Calc.mul.calls)
print(Calc.helper(1), c.helper(2))
print(Calc.build(7).base)
bm = c.add
print(bm(1))
