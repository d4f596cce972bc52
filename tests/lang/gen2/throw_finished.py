# Throwing into a finished generator raises the exception unchanged.
def gen():
    yield 1
    return 5

g = gen()
print(list(g))
for exc in (ValueError("v"), KeyError, StopIteration("s"), GeneratorExit()):
    try:
        g.throw(exc)
    except BaseException as e:
        print(type(e).__name__, e.args)

def failed():
    yield 1
    raise IndexError("broke")

g = failed()
next(g)
try:
    next(g)
except IndexError as e:
    print("first:", e)
try:
    g.throw(ZeroDivisionError, "after failure")
except ZeroDivisionError as e:
    print("second:", e)
g.close()
print("close after failure is quiet")
