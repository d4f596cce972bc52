from functools import total_ordering

@total_ordering
class ByLt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v

@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __le__(self, other):
        return self.v <= other.v

@total_ordering
class ByGt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v

@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v

for cls in (ByLt, ByLe, ByGt, ByGe):
    a, b, c = cls(1), cls(2), cls(1)
    print(cls.__name__, [a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a,
                         a < c, a <= c, a > c, a >= c])
    print(sorted(x.v for x in [cls(3), cls(1), cls(2)]))
    print(sorted([cls(3), cls(1), cls(2)])[0].v, max(cls(5), cls(9)).v)

@total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return "explicit gt"

x, y = Both(1), Both(2)
print(x > y, x >= y, x <= y)
print(Both.__gt__.__name__ if hasattr(Both.__gt__, "__name__") else None)
print(ByLt.__ge__.__name__, ByGe.__lt__.__name__)

try:
    @total_ordering
    class Nothing:
        def __eq__(self, other):
            return True
except ValueError as e:
    print("ValueError", e)

class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v

@total_ordering
class Derived(Base):
    def __eq__(self, other):
        return self.v == other.v

print(Derived(1) >= Derived(1), Derived(2) > Derived(1), Derived(3) <= Derived(2))
