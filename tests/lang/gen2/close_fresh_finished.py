# close() on a generator that never started, or that is finished, does nothing.
def gen():
    print("body runs")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
print(g.close())
print("after close of fresh:", next(g, "exhausted"), g.gi_frame)

g = gen()
print(list(g))
print(g.close())
print(g.close())

def raiser():
    yield 1
    raise KeyError("k")

g = raiser()
next(g)
try:
    next(g)
except KeyError:
    print("failed generator")
print(g.close())

g = (i for i in range(3))
print(g.close(), list(g))
g = (i for i in range(3))
print(next(g), g.close(), list(g))
