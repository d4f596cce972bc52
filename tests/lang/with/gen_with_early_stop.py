# A consumer that stops early: break in a for loop over a temporary generator exits its with.
class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("close", self.name, t.__name__ if t else None)


def items(name):
    with Res(name):
        for i in range(100):
            yield i


for x in items("for"):
    if x == 2:
        break
print("after break")
print(next(x for x in items("genexpr") if x > 3))
print("after next")
print(list(zip(items("zip"), "ab")))
print("after zip")
print(any(x == 1 for x in items("any")))
print("after any")


def first_three():
    for x in items("inner"):
        yield x
        if x == 2:
            return


print(list(first_three()))
