# throw() into a generator suspended inside with: __exit__ sees the thrown exception.
class CM:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.swallow


def gen(swallow):
    with CM(swallow):
        got = yield 1
        print("received", got)
        yield 2
    yield "after with"


g = gen(False)
next(g)
print(g.send("hello"))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("propagated", e)
g = gen(True)
next(g)
print(g.throw(KeyError("swallowed")))
print(list(g))


def catcher():
    try:
        with CM(False):
            yield 1
    except GeneratorExit:
        print("GeneratorExit reached the try")
        raise


c = catcher()
next(c)
c.close()
