# return inside a with block: __exit__ runs exactly once and the return value survives.
class CM:
    count = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        CM.count += 1
        print("exit", self.name)


def early(flag):
    with CM("early"):
        if flag:
            return "returned inside"
        print("fell through")
    return "returned after"


print(early(True))
print(early(False))


def nested():
    with CM("o"):
        with CM("i"):
            return [1, 2]


print(nested())


def in_try():
    try:
        with CM("t"):
            return "value"
    finally:
        print("finally")


print(in_try())


def loop_return():
    for i in range(5):
        with CM(str(i)):
            if i == 1:
                return i


print(loop_return(), "exits:", CM.count)
