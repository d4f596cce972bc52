# throw() into a delegating generator is forwarded to the subgenerator, which catches
# it; the value it yields next is what throw() returns.
def inner():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("  inner caught", e)
            yield "inner recovered"
    return "inner result"

def outer():
    try:
        r = yield from inner()
        print(" outer got", r)
        yield "outer continues"
    except ValueError:
        print("outer should not see it")

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(ValueError, "v2"))
print(next(g))
print(next(g))
print(next(g, "end"))

def returns_on_throw():
    try:
        yield "sub"
    except KeyError:
        return "sub returned on throw"

def outer2():
    value = yield from returns_on_throw()
    print(" outer2 got", repr(value))
    yield "outer2 next"

g = outer2()
next(g)
print(g.throw(KeyError))
