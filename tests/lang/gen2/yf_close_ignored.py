# close() of a delegating generator whose subgenerator ignores GeneratorExit: the
# subgenerator's close() raises RuntimeError, which is thrown into the delegating
# generator at its yield from. Unwinding that frame drops the subgenerator, whose
# finalizer is ignored again (reported on stderr), before the outer finally runs.
def inner():
    while True:
        try:
            yield "inner"
        except GeneratorExit:
            print("  inner ignores GeneratorExit")

def outer():
    try:
        yield from inner()
    finally:
        print(" outer finally")

g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("outer finished:", g.gi_frame is None, g.gi_yieldfrom)

def outer_catches():
    try:
        yield from inner()
    except RuntimeError as e:
        print(" outer_catches caught", e)
        yield "outer yields while closing"

g = outer_catches()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError again:", e)
print("outer_catches suspended:", g.gi_frame is not None, g.gi_yieldfrom)
g.close()
print("closed quietly")
