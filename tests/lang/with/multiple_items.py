# Several context managers in one with: entered left to right, exited right to left.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)


with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
try:
    with CM("x") as x, CM("y") as y:
        raise ValueError("in body")
except ValueError as e:
    print("caught", e)
with CM("outer") as o:
    with CM("inner") as i:
        print("nested", o, i)
n = 0
with CM("1") as first, CM(first + "2") as second:
    print(second)
