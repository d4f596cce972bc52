# The class body runs top to bottom when the class statement executes, like a function body.
print("before")


class Table:
    print("in body")
    squares = []
    for i in range(5):
        squares.append(i * i)
    total = sum(squares)
    if total > 20:
        label = "big"
    else:
        label = "small"

    def method(self):
        return self.label

    print("defined method", callable(method))
    del i


print("after")
print(Table.squares, Table.total, Table.label, Table().method())
print(hasattr(Table, "i"))


def make(flag):
    class K:
        if flag:
            def hello(self):
                return "yes"
        else:
            def hello(self):
                return "no"
    return K


print(make(True)().hello(), make(False)().hello())
