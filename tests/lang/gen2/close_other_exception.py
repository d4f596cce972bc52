# An exception other than GeneratorExit raised while closing propagates out of close().
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("close failed")

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)
print("finished:", g.gi_frame is None)
g.close()
print("second close is quiet")

def finally_raises():
    try:
        yield
    finally:
        print("finally raising")
        1 / 0

g = finally_raises()
next(g)
try:
    g.close()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def raises_keyerror():
    try:
        yield
    finally:
        {}["missing"]

g = raises_keyerror()
next(g)
try:
    g.close()
except LookupError as e:
    print(type(e).__name__, e)
