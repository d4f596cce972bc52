# A true result from __exit__ suppresses the exception; a false one lets it propagate.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressing", t.__name__, v)
            return True
        return False


with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("continued")
with Suppress(LookupError):
    [][0]
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)


class Returns:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        pass

    def __exit__(self, *a):
        return self.result


for r in [1, "yes", [0], 0, "", None, []]:
    try:
        with Returns(r):
            raise RuntimeError(repr(r))
        print("suppressed by", repr(r))
    except RuntimeError as e:
        print("propagated", e)


def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "after with"


print(f())
