# The value of a yield from expression is the subgenerator's return value.
def ret(v):
    yield "x"
    return v

def noret():
    yield "y"

def immediate(v):
    return v
    yield

def outer():
    a = yield from ret(10)
    b = yield from noret()
    c = yield from immediate([1, 2])
    d = yield from ret((yield from ret("nested")))
    e = yield from []
    f = yield from iter(range(2))
    print(" values:", a, b, c, d, e, f)
    return a + len(c)

g = outer()
print(list(g))
def driver():
    result = yield from outer()
    print(" driver got", result)
print(list(driver()))

def ret_stop():
    yield 1
    return StopIteration("a StopIteration as a value")

def take():
    v = yield from ret_stop()
    print(" value is", type(v).__name__, v)
print(list(take()))

def returns_tuple():
    return (1, 2)
    yield
def unpack():
    a, b = yield from returns_tuple()
    print(" unpacked", a, b)
    yield a + b
print(list(unpack()))
