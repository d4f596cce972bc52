# An exception thrown in and not caught propagates out of throw() and finishes the
# generator; finally blocks run on the way out.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
try:
    g.throw(TypeError("from outside"))
except TypeError as e:
    print("caught outside:", type(e).__name__, e)
print("frame after:", g.gi_frame)
try:
    next(g)
except StopIteration:
    print("exhausted")

def handler_other_type():
    try:
        yield
    except KeyError:
        print("wrong handler")

g = handler_other_type()
next(g)
try:
    g.throw(OSError("disk"))
except OSError as e:
    print("OSError:", e)

def reraise_as_other():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("converted") from e

g = reraise_as_other()
next(g)
try:
    g.throw(ValueError("orig"))
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))

def raise_in_handler():
    try:
        yield
    except ValueError:
        raise KeyError("during handling")

g = raise_in_handler()
next(g)
try:
    g.throw(ValueError("first"))
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
