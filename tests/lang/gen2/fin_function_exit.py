# A function returning or raising while a suspended generator is in a local: the
# generator is closed as the frame is released, before the caller continues.
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

def raises():
    g = gen("raise")
    next(g)
    raise KeyError("boom")

try:
    raises()
except KeyError as e:
    print("caught", e)

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
    next(first)
    next(second)
    return 0

two_locals()
print("after two_locals")

def nested():
    def inner():
        g = gen("inner frame")
        next(g)
        1 / 0
    try:
        inner()
    except ZeroDivisionError:
        print(" nested caught it")

nested()
print("end")
