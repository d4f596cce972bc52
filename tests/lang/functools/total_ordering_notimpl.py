from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "Version%r" % (self.parts,)

v1, v2 = Version(1, 0), Version(1, 2)
print(v1 < v2, v1 > v2, v1 <= v2, v1 >= v2, v1 == Version(1, 0))
print(sorted([Version(2), Version(1, 5), Version(1, 0, 1)]))
for op in (lambda a, b: a < b, lambda a, b: a > b, lambda a, b: a <= b, lambda a, b: a >= b):
    try:
        print(op(v1, 3))
    except TypeError as e:
        print("TypeError", e)
print(v1 == 3, v1 != "x")
print(Version.__gt__(v1, 3), Version.__le__(v1, 3))

@total_ordering
class Truthy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return [1] if self.v < other.v else []

print(Truthy(1) <= Truthy(2), Truthy(2) <= Truthy(2), Truthy(3) <= Truthy(2))
print(Truthy(1) > Truthy(2), Truthy(3) > Truthy(2), Truthy(1) >= Truthy(2))
