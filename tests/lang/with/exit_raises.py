# An exception raised in __exit__ replaces the body's exception (which becomes its context).
class Fails:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None)
        raise KeyError("from exit")


try:
    with Fails():
        print("body ok")
except KeyError as e:
    print("caught", repr(e), e.__context__)
try:
    with Fails():
        raise ValueError("from body")
except KeyError as e:
    print("caught", repr(e), repr(e.__context__))


class Log:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None, v)


try:
    with Log(1), Fails(), Log(3):
        raise IndexError("deep")
except KeyError as e:
    print("caught", repr(e))
