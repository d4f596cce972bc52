# Control flow inside finally while closing: `continue` or `break` in a finally swallows
# the GeneratorExit; yielding afterwards makes close() raise RuntimeError, returning is
# fine.
def continues():
    for i in range(3):
        try:
            yield i
        finally:
            print(" finally", i)
            continue

g = continues()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("suspended at", g.gi_frame is not None)
print(list(g))

def breaks():
    while True:
        try:
            yield "looping"
        finally:
            print(" finally breaks out of the loop")
            break
    print(" after the loop, returning")
    return "ignored"

g = breaks()
next(g)
print("close:", g.close())

def returns_from_finally():
    try:
        yield 1
    finally:
        return "swallowed"

g = returns_from_finally()
next(g)
print("close:", g.close())
g = returns_from_finally()
next(g)
try:
    g.throw(KeyError("lost"))
except StopIteration as e:
    print("throw swallowed too:", e.value)
