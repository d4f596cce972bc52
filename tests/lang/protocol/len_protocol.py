# __len__ is called by len(); its result is checked.
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(3)), len(Sized(0)))


class Big(Sized):
    pass


print(len(Big(10 ** 6)))


def show(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class NoLen:
    pass


show(lambda: len(NoLen()))
show(lambda: len(Sized(-1)))
show(lambda: len(Sized("3")))
show(lambda: len(Sized(2.0)))
show(lambda: len(Sized(True)))
show(lambda: len(Sized(2 ** 100)))
