# An exception raised at the bottom of a yield from chain unwinds every level, running
# each level's handlers and finally blocks from the bottom up.
def level(n):
    try:
        if n == 0:
            yield "bottom"
            raise LookupError("from the bottom")
        else:
            yield from level(n - 1)
    except KeyError:
        print(" level", n, "wrong handler")
    finally:
        print(" level", n, "finally")

g = level(3)
print(next(g))
try:
    next(g)
except LookupError as e:
    print("caught at the top:", e)
print(g.gi_frame)

def catcher(n):
    try:
        r = yield from level(n)
    except LookupError as e:
        print(" catcher caught", e)
        r = "recovered"
    return r

def top():
    return (yield from catcher(2))

g = top()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("top returned", e.value)
