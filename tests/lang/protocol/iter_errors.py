# Errors of the iterator protocol.
class NoIter:
    pass


class BadIter:
    def __iter__(self):
        return 5


class SelfNoNext:
    def __iter__(self):
        return self


class NextOnly:
    def __next__(self):
        return 1


def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)


show(lambda: iter(NoIter()))
show(lambda: [x for x in NoIter()])
show(lambda: list(NoIter()))
show(lambda: iter(BadIter()))
show(lambda: list(BadIter()))
show(lambda: iter(SelfNoNext()))
show(lambda: next(NoIter()))
show(lambda: list(NextOnly()))
show(lambda: sum(NoIter()))
show(lambda: 1 in NoIter())
show(lambda: sorted(NoIter()))


def unpack():
    a, b = NoIter()


show(unpack)


class Raises:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("broken next")


try:
    for x in Raises():
        pass
except ValueError as e:
    print(type(e).__name__, e)
