# __eq__ and __ne__: __ne__ defaults to the inverse of __eq__; NotImplemented defers.
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("V.__eq__", self.v, other.v if isinstance(other, V) else other)
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v

    __hash__ = None


print(V(1) == V(1))
print(V(1) != V(2))
print(V(1) == 1)
print(1 == V(1))
print(V(3) != "x")
print(V(2) in [V(1), V(2)])
print([V(1), V(2), V(1)].count(V(1)))
print([V(5), V(6)].index(V(6)))
lst = [V(1), V(2)]
lst.remove(V(2))
print(len(lst))


class Always:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return "custom ne"


a = Always()
print(a == 5, a != 5, 5 == a, 5 != a)


class Str:
    def __eq__(self, other):
        return "truthy-string"


print(Str() == 1, [Str()] == [0], Str() != 1)
