# Reflected operands: 1 + obj calls obj.__radd__; sum() starts from 0 + obj.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print("__add__", type(other).__name__)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("__radd__", type(other).__name__)
        return self.__add__(other)

    def __rsub__(self, other):
        return Money(other - self.cents)

    def __rmul__(self, other):
        return Money(self.cents * other)

    def __rtruediv__(self, other):
        return other / self.cents

    def __rpow__(self, other):
        return other ** self.cents

    def __rlshift__(self, other):
        return other << self.cents

    def __rmod__(self, other):
        return "rmod " + str(other)

    def __repr__(self):
        return "Money(" + str(self.cents) + ")"


print(Money(5) + Money(7))
print(10 + Money(1))
print(sum([Money(1), Money(2), Money(3)]))
print(100 - Money(30), 3 * Money(4), 10 / Money(4), 2 ** Money(10), 1 << Money(3))
print(7 % Money(1))
try:
    Money(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"


print(Base() + Sub())
print(Sub() + Base())
print(Base() + Base())
