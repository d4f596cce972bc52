# `value = yield`, `x = yield y`, bare yield, yield inside expressions.
def bare():
    value = yield
    print("bare got", value)
    yield "second"
g = bare()
print(next(g))
print(g.send("hello"))
def paired():
    x = yield 1
    print("x =", x)
    y = yield x * 2
    print("y =", y)
    z = (yield) or "nothing"
    print("z =", z)
g = paired()
print(next(g))
print(g.send(10))
print(g.send(20))
try:
    g.send(None)
except StopIteration as e:
    print("finished", e.value)
def in_expr():
    total = (yield "a") + (yield "b")
    yield total
g = in_expr()
print(next(g), g.send(3), g.send(4))
