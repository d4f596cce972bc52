# A 100,000-deep chain of yield from, with the recursion limit raised. Delegation must
# not recurse in C, so rill runs this (CPython 3.11 overflows the C stack and crashes,
# which is why this program is not in the python3-checked corpus). Every line of the
# expected output follows from the program text: see deep_yield_from.expected.
import sys

sys.setrecursionlimit(200000)
N = 100000

# send() reaches the bottom; the return value climbs back, plus one per level.
def adder(n):
    if n == 0:
        total = 0
        while True:
            x = yield total
            if x is None:
                return 0
            total += x
    r = yield from adder(n - 1)
    return r + 1

g = adder(N)
print(next(g))
print(g.send(5), g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("depth", e.value)

# values delegated from the bottom
def values(n):
    if n == 0:
        yield from range(3)
    else:
        yield from values(n - 1)

print(list(values(N)))

# throw() and close() travel down the chain and the bottom's handlers run
def catcher(n):
    if n == 0:
        try:
            yield "bottom"
            yield "bottom again"
        except ValueError as e:
            yield "caught " + str(e)
        finally:
            print("bottom finally")
    else:
        yield from catcher(n - 1)

g = catcher(N)
print(next(g))
print(g.throw(ValueError("deep")))
g.close()
print("closed")

# dropping a suspended deep chain closes it; the bottom's finally runs once
g = catcher(N)
next(g)
g = None
print("dropped")

# an exception from the bottom unwinds every level
def failing(n):
    if n == 0:
        yield 1
        raise KeyError("bottom")
    yield from failing(n - 1)

g = failing(N)
next(g)
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print("ok")
