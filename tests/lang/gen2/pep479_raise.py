# PEP 479: a StopIteration raised in a generator body becomes RuntimeError("generator
# raised StopIteration") whose __cause__ is the original exception.
def gen():
    yield 1
    raise StopIteration("explicit")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
except StopIteration:
    print("not this")
print("finished:", next(g, "yes"))

def bare():
    raise StopIteration
    yield

try:
    list(bare())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__.args)

def with_value():
    yield "a"
    raise StopIteration(7)

try:
    for x in with_value():
        print("loop got", x)
except RuntimeError as e:
    print("for loop sees", e, e.__cause__.value)

def caught_inside():
    try:
        raise StopIteration("handled")
    except StopIteration as e:
        print("caught inside generator:", e)
    yield "fine"

print(list(caught_inside()))

def other_errors_unchanged():
    yield
    raise ValueError("not converted")

try:
    list(other_errors_unchanged())
except ValueError as e:
    print("ValueError:", e)
