# itertools.count: ints, floats, negative and zero steps, big ints, keyword arguments
from itertools import count, islice


def take(n, it):
    return [next(it) for _ in range(n)]


print(take(5, count()))
print(take(5, count(10)))
print(take(5, count(3, 4)))
print(take(5, count(10, -3)))
print(take(4, count(0.5)))
print(take(4, count(1, 0.25)))
print(take(4, count(2.5, -1)))
print(take(3, count(7, 0)))
print(take(3, count(start=4)))
print(take(3, count(step=5)))
print(take(3, count(step=2, start=1)))

# across the small-int boundary and far beyond it
big = 2 ** 62 - 2
print(take(4, count(big)))
print(take(3, count(2 ** 100, 2 ** 99)))
print(take(3, count(-2 ** 63 - 1, -1)))

# a bool start is an int in the fast mode, a bool when the step is not 1
print(take(3, count(True)))
print(take(3, count(True, 2)))
print(take(3, count(False, 0.5)))
print(take(3, count(1.5, True)))

# iter() returns the object itself; it never ends
c = count(100)
print(iter(c) is c, next(c), c.__next__(), next(c))
print(list(islice(count(), 1000, 1003)))
print(type(count()).__name__, type(count()))
print(sum(islice(count(1), 100)))
