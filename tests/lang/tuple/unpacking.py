# Tuple unpacking in assignments, loops and returns.
def minmax(xs):
    return min(xs), max(xs)

lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi)
result = minmax([2, 7])
print(result, type(result))
a, (b, c) = 1, (2, 3)
print(a, b, c)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
first, *middle, last = (10, 20, 30, 40)
print(first, middle, last)
(x,) = [42]
print(x)
x, = (43,)
print(x)
