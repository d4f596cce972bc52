# __enter__'s result, not the manager, is bound by `as`; None when __enter__ returns nothing.
class Opener:
    def __init__(self, data):
        self.data = data

    def __enter__(self):
        return iter(self.data)

    def __exit__(self, *a):
        print("exit")


class Nothing:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        pass


with Opener("abc") as it:
    print(next(it), list(it))
with Nothing() as n:
    print(n)
for ch in "xy":
    with Opener(ch * 2) as it:
        print(ch, list(it))
