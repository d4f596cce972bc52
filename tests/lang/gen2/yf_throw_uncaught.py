# A thrown exception the subgenerator does not catch finishes the subgenerator and
# continues in the delegating generator, which may catch it or let it propagate.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally")

def outer_catches():
    try:
        yield from inner()
    except ValueError as e:
        print(" outer caught", e)
        yield "outer recovered"
    yield "outer end"

g = outer_catches()
print(next(g))
print(g.throw(ValueError("boom")))
print(list(g))

def outer_lets_go():
    try:
        yield from inner()
    finally:
        print(" outer finally")

g = outer_lets_go()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("caught outside", e)
print(g.gi_frame, g.gi_yieldfrom)

def inner_converts():
    try:
        yield
    except ValueError:
        raise TypeError("converted in inner")

def outer3():
    try:
        yield from inner_converts()
    except TypeError as e:
        print(" outer3 sees", repr(e), "context", repr(e.__context__))

g = outer3()
next(g)
try:
    g.throw(ValueError("x"))
except StopIteration:
    print("outer3 finished")
