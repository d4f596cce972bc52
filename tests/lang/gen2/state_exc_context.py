# The exception being handled is part of a generator's saved state: a generator
# suspended inside an except block gets it back on resume (bare raise, __context__),
# and the caller's handled exception does not leak into the generator or back.
def gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "suspended in handler"
        try:
            raise ValueError("after resume")
        except ValueError as e:
            yield "context: " + repr(e.__context__)
        raise

g = gen()
print(next(g))
try:
    raise IndexError("caller's")
except IndexError:
    print(next(g))
try:
    next(g)
except KeyError as e:
    print("bare raise re-raised", repr(e), "| context:", e.__context__)

def plain():
    yield
    try:
        raise TypeError("t")
    except TypeError as e:
        yield repr(e.__context__)

g = plain()
next(g)
try:
    raise IndexError("handled while resuming")
except IndexError:
    print("generator sees context:", next(g))

def thrown_context():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            yield
        except ValueError as e:
            yield "thrown exception context: " + repr(e.__context__)

g = thrown_context()
next(g)
print(g.throw(ValueError("v")))

def no_leak():
    yield
    try:
        raise
    except RuntimeError as e:
        yield "RuntimeError: " + str(e)

g = no_leak()
next(g)
try:
    raise NameError("outer")
except NameError:
    pass
print(next(g))
