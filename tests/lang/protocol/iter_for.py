# A class iterator consumed by for loops, with break, else, and nesting.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for x in Countdown(3):
    print(x)
for x in Countdown(0):
    print("never")
else:
    print("empty else")
it = Countdown(5)
for x in it:
    if x == 3:
        break
print("rest", [y for y in it])
for a in Countdown(2):
    for b in Countdown(2):
        print(a, b)
print(next(Countdown(9)), next(iter(Countdown(4))))
it = Countdown(1)
print(iter(it) is it, next(it), next(it, "done"))
