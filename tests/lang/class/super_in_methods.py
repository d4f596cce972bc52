# super() inside classmethods, properties and methods reached through a subclass.
class Shape:
    sides = 0

    @classmethod
    def make(cls):
        return cls.__name__ + " with " + str(cls.sides) + " sides"

    @property
    def label(self):
        return "shape"

    def area(self):
        return 0


class Square(Shape):
    sides = 4

    def __init__(self, s):
        self.s = s

    @classmethod
    def make(cls):
        return "square: " + super().make()

    @property
    def label(self):
        return super().label + "/square"

    def area(self):
        return super().area() + self.s * self.s


class Big(Square):
    sides = 40


print(Square.make())
print(Big.make())
print(Square(3).label, Square(3).area(), Big(2).area())


class Node:
    def __init__(self, v):
        self.v = v

    def walk(self):
        return [self.v]


class Twice(Node):
    def walk(self):
        out = []
        for x in super().walk():
            out.append(x)
            out.append(x)
        return out


print(Twice(7).walk())
print([y for y in Twice(1).walk()])
