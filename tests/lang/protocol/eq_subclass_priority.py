# A subclass that overrides a reflected comparison is tried first, whichever side it is on.
class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Base.__eq__")
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return NotImplemented if other.v < 0 else self.v == other.v

    __hash__ = Base.__hash__


print(Base(1) == Derived(1))
print(Derived(1) == Base(1))
print(Base(-1) == Derived(-1))
print(Base(1) != Derived(2))


class Other:
    def __eq__(self, other):
        print("Other.__eq__")
        return "other says"


print(Other() == Base(1))
print(5 == Other(), Other() != 5)
