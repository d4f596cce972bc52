# cycle: argument errors, and errors raised by the input during the first pass
from itertools import cycle


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('no args', lambda: cycle())
show('int', lambda: cycle(1))
show('two args', lambda: cycle([1], [2]))
show('keyword', lambda: cycle(x=1))
show('iterable keyword', lambda: cycle(iterable=[1]))


def failing():
    yield 1
    yield 2
    raise KeyError('boom')


c = cycle(failing())
show('1', lambda: next(c))
show('2', lambda: next(c))
show('3', lambda: next(c))
# the generator has finished with the error: the saved items are replayed
show('4', lambda: next(c))
show('5', lambda: next(c))
show('6', lambda: next(c))


class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise ValueError('flaky')
        if self.n > 4:
            raise StopIteration
        return self.n


c = cycle(Flaky())
for i in range(8):
    show(i, lambda: next(c))
