# Errors inside special methods: the operator or subscript in the caller is marked.
# corpus: full-stderr
class Vector:
    def __init__(self, *xs):
        self.xs = xs

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.xs, other.xs)])

    def __getitem__(self, i):
        return self.xs[i]

v = Vector(1, 2) + Vector(3, 4)
print(v[0], v[1])
try:
    print(v[2])
except IndexError as e:
    print("caught:", e)
w = v + 5
