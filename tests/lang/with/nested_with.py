# Nested with statements and exceptions crossing several of them.
depth = 0


class Level:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        global depth
        depth += 1
        print("  " * depth + "enter " + self.name)
        return depth

    def __exit__(self, t, v, tb):
        global depth
        print("  " * depth + "exit " + self.name + (" with " + t.__name__ if t else ""))
        depth -= 1
        return self.swallow


with Level("a") as d1:
    with Level("b") as d2:
        with Level("c") as d3:
            print(d1, d2, d3)
with Level("outer", swallow=True):
    with Level("mid"):
        with Level("inner"):
            raise ValueError("boom")
        print("not reached")
    print("not reached either")
print("depth", depth)


def inner_swallow():
    with Level("x"):
        with Level("y", swallow=True):
            raise KeyError("k")
        print("after y")
    return "done"


print(inner_swallow())
