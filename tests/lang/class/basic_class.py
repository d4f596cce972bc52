# A class with class attributes, an __init__, and methods reading and writing state.
class Counter:
    start = 10
    step = 1

    def __init__(self, name):
        self.name = name
        self.value = Counter.start

    def bump(self, times=1):
        for _ in range(times):
            self.value += self.step
        return self.value

    def describe(self):
        return self.name + "=" + str(self.value)


c = Counter("a")
d = Counter("b")
print(c.value, d.value, c.start, Counter.step)
print(c.bump(), c.bump(3), d.bump())
print(c.describe(), d.describe())
d.step = 5
print(d.bump(), c.bump(), Counter.step, d.step)
print(type(c).__name__, Counter.__name__)
