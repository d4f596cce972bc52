# @staticmethod: no implicit first argument, callable on the class and on instances.
class MathUtil:
    factor = 3

    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def scaled(x):
        return x * MathUtil.factor

    def use(self, x):
        return self.add(x, 1) + self.scaled(x)


m = MathUtil()
print(MathUtil.add(2, 3), m.add(4, 5), MathUtil.scaled(2), m.use(10))
f = MathUtil.add
print(f(1, 1), type(f).__name__)


class Sub(MathUtil):
    factor = 100


print(Sub.scaled(1), Sub().add("a", "b"))
try:
    MathUtil.add(1)
except TypeError as e:
    print(type(e).__name__, e)


def plain(x):
    return -x


class Holder:
    neg = staticmethod(plain)


print(Holder.neg(5), Holder().neg(6))
