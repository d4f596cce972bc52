# Throwing StopIteration or GeneratorExit into a generator that does not catch it.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__.args)
except StopIteration:
    print("not this")

g = gen()
next(g)
try:
    g.throw(GeneratorExit("ge"))
except GeneratorExit as e:
    print("GeneratorExit propagated:", e.args)
print(next(g, "finished"))

def catches_stop():
    try:
        yield "a"
    except StopIteration as e:
        print("caught inside:", e)
        yield "b"

g = catches_stop()
next(g)
print(g.throw(StopIteration("into body")))

g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
