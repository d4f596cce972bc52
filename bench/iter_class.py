# A class-based iterator (__iter__/__next__) consumed by for: the cost of one
# __next__ call and one StopIteration per item and per loop.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        n = self.n
        if n <= 0:
            raise StopIteration
        self.n = n - 1
        return n


total = 0
for _ in range(300):
    for v in Countdown(25000):
        total += v
print(total)
