# with inside try/except/finally and loops: ordering of exit, handler and finally.
class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("enter", self.tag)

    def __exit__(self, t, v, tb):
        print("exit", self.tag, t.__name__ if t else None)


def run(n):
    try:
        with CM(n):
            if n == 1:
                raise ValueError(n)
            if n == 2:
                raise KeyError(n)
            print("ok", n)
    except ValueError as e:
        print("handled", repr(e))
    finally:
        print("finally", n)


for n in range(3):
    try:
        run(n)
    except KeyError as e:
        print("outer", repr(e))
try:
    with CM("a"):
        try:
            raise TypeError("inner")
        except TypeError:
            print("caught inside body")
        raise IndexError("second")
except IndexError as e:
    print("outer caught", e)
with CM("b"):
    try:
        with CM("c"):
            raise ValueError("x")
    except ValueError:
        print("caught between")
print("end")
