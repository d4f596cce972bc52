# The first iterable of a generator expression is evaluated at creation;
# everything else is evaluated lazily.
def source(tag, n):
    print("creating iterable", tag)
    return range(n)
g = (x * y for x in source("outer", 2) for y in source("inner", 2))
print("generator expression created")
print(list(g))
xs = [1, 2, 3]
g = (x for x in xs)
xs = [10, 20]
print(list(g))
k = 1
g = (x * k for x in range(3))
k = 100
print(list(g))
try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("lazily:", e)
