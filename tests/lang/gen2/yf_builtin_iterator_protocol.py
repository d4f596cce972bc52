# Delegating to a built-in iterator: send(None) is next(); a non-None send fails because
# the iterator has no send(); throw() and close() act on the delegating generator.
def over_list():
    try:
        yield from [1, 2, 3]
    except KeyError as e:
        print(" caught in delegator", e)
        yield "recovered"
    finally:
        print(" delegator finally")

g = over_list()
print(next(g), g.send(None))
try:
    g.send("v")
except AttributeError as e:
    print("AttributeError:", e)
print(g.gi_frame is None)

g = over_list()
next(g)
print(g.throw(KeyError("k")))
g.close()

g = over_list()
next(g)
g.close()
print("closed")

def over_range():
    yield from range(3)

g = over_range()
next(g)
try:
    g.send(1)
except AttributeError as e:
    print("AttributeError:", e)

def over_str():
    yield from "abc"

g = over_str()
next(g)
try:
    g.throw(ValueError("into str iterator"))
except ValueError as e:
    print("ValueError:", e)
