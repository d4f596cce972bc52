# __enter__ runs before the body, __exit__ after; `as` binds __enter__'s return value.
class CM:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc)
        return False


with CM("a") as v:
    print("body", v)
print("after")
with CM("b"):
    print("no target")
cm = CM("c")
with cm as x:
    print("body", x)
print(x)


class SelfCM:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit args", args)


with SelfCM() as s:
    print(type(s).__name__)
