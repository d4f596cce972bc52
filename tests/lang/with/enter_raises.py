# An exception in __enter__: the body does not run and that manager's __exit__ is not called.
class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError("enter failed: " + self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)


try:
    with CM("a", fail=True):
        print("body")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("outer"), CM("inner", fail=True), CM("never"):
        print("body")
except RuntimeError as e:
    print("caught", e)


class NoCM:
    pass


class OnlyEnter:
    def __enter__(self):
        print("entered?")


class OnlyExit:
    def __exit__(self, *a):
        pass


for obj in [NoCM(), OnlyEnter(), OnlyExit(), 5]:
    try:
        with obj:
            print("body")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
