# Attribute errors: the attribute reference is marked, whatever surrounds it.
# corpus: full-stderr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
try:
    print(p.z)
except AttributeError as e:
    print("caught:", e)
distance = (p.x ** 2 + p.y ** 2 + p.z ** 2) ** 0.5
