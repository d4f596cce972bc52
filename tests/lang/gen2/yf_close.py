# close() on a delegating generator closes the subgenerator first: the finally blocks
# run innermost first.
def inner():
    try:
        yield "inner value"
    except GeneratorExit:
        print("  inner got GeneratorExit")
        raise
    finally:
        print("  inner finally")

def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print(" outer got GeneratorExit")
        raise
    finally:
        print(" outer finally")

g = outer()
print(next(g))
print("close ->", g.close())
print(g.gi_frame)

def inner_swallows():
    try:
        yield
    except GeneratorExit:
        print("  inner swallows and returns")
        return "ignored value"

def outer2():
    try:
        v = yield from inner_swallows()
        print(" outer2 resumed with", v)
        yield "should trigger RuntimeError"
    finally:
        print(" outer2 finally")

g = outer2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g.close()
print("closed")

def inner_raises():
    try:
        yield
    finally:
        raise ValueError("inner close failed")

def outer3():
    try:
        yield from inner_raises()
    except ValueError as e:
        print(" outer3 sees", e)
        raise

g = outer3()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
