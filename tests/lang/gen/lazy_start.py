# A generator's body does not run until the first next().
def gen():
    print("body started")
    yield 1
    print("after first yield")
    yield 2
    print("body finished")

g = gen()
print("generator created")
print(next(g))
print("between")
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(type(g))
