# Reflected comparisons: a > b tries b.__lt__ when a's method is missing or NotImplemented.
class Left:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Left.__lt__")
        return NotImplemented


class Right:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("Right.__gt__")
        return self.v > other.v

    def __le__(self, other):
        print("Right.__le__")
        return True


print(Left(1) < Right(2))
print(Right(5) > Left(1))
print(Left(1) >= Right(0))


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        o = other.v if isinstance(other, Num) else other
        return self.v < o

    def __gt__(self, other):
        o = other.v if isinstance(other, Num) else other
        return self.v > o


print(3 < Num(5), 3 > Num(5), Num(1) < 2)
print(sorted([Num(3), Num(1), Num(2)], key=lambda n: n).__len__())
print(max(Num(3), Num(9), Num(4)).v, min([Num(3), Num(9)]).v)


class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Base.__lt__")
        return self.v < other.v


class Derived(Base):
    def __gt__(self, other):
        print("Derived.__gt__")
        return self.v > other.v


print(Base(1) < Derived(2))
print(Derived(1) < Base(2))
