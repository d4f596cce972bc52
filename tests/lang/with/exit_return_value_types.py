# __exit__ called with the exception class and instance for every way of raising.
class Show:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print(t.__name__, type(v).__name__, v.args, v is self.expected if hasattr(self, "expected") else "-")
        return True


with Show():
    raise ValueError
with Show():
    raise ValueError("msg", 2)
s = Show()
s.expected = KeyError("same object")
with s:
    raise s.expected
with Show():
    {}["key"]
with Show():
    int("x")
with Show():
    undefined_name_here


def gen():
    yield 1


with Show():
    g = gen()
    next(g)
    next(g)
print("end")
