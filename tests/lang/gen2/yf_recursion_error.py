# A 5000-deep chain of yield from at the default recursion limit: RecursionError,
# which the caller catches; the interpreter then works normally.
import sys

def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)

print(sys.getrecursionlimit())
try:
    for v in chain(5000):
        print("not reached", v)
except RecursionError as e:
    print("RecursionError caught")
print(list(chain(50)))

def count_down(n):
    if n:
        r = yield from count_down(n - 1)
        return r + 1
    return 0
    yield
def total():
    return (yield from count_down(400))
g = total()
try:
    next(g)
except StopIteration as e:
    print("depth 400 returns", e.value)
