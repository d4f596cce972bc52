# Names bound in a class body are not visible inside its methods or comprehensions' inner scopes.
x = "global x"


class C:
    x = "class x"
    y = x + "!"
    doubled = [x * 2 for x in range(3)]

    def get_x(self):
        return x

    def get_cls_x(self):
        return C.x


print(C.y, C.doubled)
print(C().get_x(), C().get_cls_x())


def outer():
    v = "enclosing v"

    class Inner:
        w = v + " seen in class"

        def method(self):
            return v

    return Inner


I = outer()
print(I.w, I().method())


class D:
    items = [1, 2, 3]
    total = 0
    for item in items:
        total += item


print(D.total, D.item)
