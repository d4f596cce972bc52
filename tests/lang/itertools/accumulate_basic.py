# itertools.accumulate: running sums, other functions, initial values, any types
from itertools import accumulate


def mul(a, b):
    return a * b


def sub(a, b):
    return a - b


print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], mul)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], min)))
print(list(accumulate('abcd')))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate([0.5, 0.25, 0.125])))
print(list(accumulate([1, 2.5, 3])))
print(list(accumulate([])))
print(list(accumulate([], initial=100)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
print(list(accumulate([1, 2, 3], func=sub)))
print(list(accumulate(iterable=[1, 2], func=None, initial=None)))
print(list(accumulate([7])))
print(list(accumulate(range(5), lambda a, b: b - a)))
# overflow of machine ints into big ints and back
print(list(accumulate([2 ** 62, 2 ** 62, -2 ** 62, -2 ** 62])))
# amortization table
print([round(x, 2) for x in accumulate(range(5), lambda bal, _: bal * 1.05, initial=1000)])
# a running total object is the one returned
acc = accumulate([[1], [2]])
first = next(acc)
print(first, next(acc), first)
a = accumulate([1, 2, 3])
print(iter(a) is a, type(a).__name__)
