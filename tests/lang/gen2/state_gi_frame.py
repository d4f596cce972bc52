# gi_frame is a frame while the generator can still run, None once it is finished
# (exhausted, closed, or failed); f_lineno follows the suspension point.
def gen():
    yield 1
    x = 2
    yield x
    return 3

g = gen()
print(g.gi_frame is None, g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
print(next(g, "end"), g.gi_frame)

g = gen()
next(g)
g.close()
print("closed:", g.gi_frame)

def fails():
    yield
    1 / 0

g = fails()
next(g)
try:
    next(g)
except ZeroDivisionError:
    pass
print("failed:", g.gi_frame)

g = gen()
g.close()
print("closed before start:", g.gi_frame)

def multi_line():
    value = (
        yield
    )
    yield value

g = multi_line()
next(g)
print(g.gi_frame.f_lineno)
g.send("v")
print(g.gi_frame.f_lineno)
print(g.gi_code.co_name)
