# An "abstract" base method that raises NotImplementedError until a subclass overrides it.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return type(self).__name__ + " area=" + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Square(3).describe())
for thunk in [lambda: Shape().describe(), lambda: Square(2).perimeter()]:
    try:
        thunk()
    except NotImplementedError as e:
        print(type(e).__name__, repr(e), e.args)
print(issubclass(NotImplementedError, RuntimeError))
