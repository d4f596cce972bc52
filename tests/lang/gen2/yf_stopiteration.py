# PEP 479 through yield from: a StopIteration raised in the subgenerator becomes a
# RuntimeError there, and the delegating generator sees the RuntimeError.
def inner():
    yield 1
    raise StopIteration("leaked")

def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        print(" outer caught:", e, "| cause:", repr(e.__cause__))
        yield "outer recovered"

print(list(outer()))

def outer_no_handler():
    yield from inner()
    yield "not reached"

g = outer_no_handler()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def exhausted_sub():
    sub = inner_done()
    print(" drained:", list(sub))
    v = yield from sub
    print(" yield from an exhausted generator gives", v)
    yield "after"

def inner_done():
    yield "only"
    return "rv"

print(list(exhausted_sub()))
