# A function returning while a suspended generator is in a local: the generator is
# closed as the frame is released, before the caller continues; locals go in order.
def gen(tag):
    try:
        yield tag
        yield tag
    finally:
        print(" finally", tag)

def returns():
    g = gen("return")
    print(" returns got", next(g))
    return "value"

print("returned", returns())

def returns_generator():
    g = gen("escapes")
    next(g)
    return g

kept = returns_generator()
print("still alive, kept by the caller")
kept = None
print("dropped by the caller")

def two_locals():
    first = gen("first local")
    second = gen("second local")
    next(second)
    next(first)
    return 0

two_locals()
print("after two_locals")

def caller():
    def callee():
        g = gen("callee")
        next(g)
        return "callee done"
    r = callee()
    print(" caller continues after", r)
    return r

caller()

def lambda_holder():
    f = lambda: g
    g = gen("closure cell")
    next(g)
    return f

h = lambda_holder()
print("closure keeps it alive")
h = None
print("end")
