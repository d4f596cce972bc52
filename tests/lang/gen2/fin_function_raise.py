# A function raising while a suspended generator is in a local: the traceback keeps the
# function's frame, so the generator is closed when the exception is released (at the
# end of the handler, or when a saved exception is dropped), not during unwinding.
def gen(tag):
    try:
        yield tag
    finally:
        print(" finally", tag)

def raises(tag):
    g = gen(tag)
    next(g)
    raise KeyError(tag)

try:
    raises("caught")
except KeyError as e:
    print("in handler", e)
print("after handler")

try:
    raises("no name")
except KeyError:
    print("in handler without a name")
print("after second handler")

saved = None
try:
    raises("saved")
except KeyError as e:
    saved = e
print("handler done; exception saved")
saved = None
print("saved exception dropped")

def catches_itself():
    g = gen("same frame")
    next(g)
    try:
        raise ValueError("local")
    except ValueError:
        print(" handled inside the function")
    print(" function still running")

catches_itself()
print("after catches_itself")

def loop_iterator():
    for x in gen("loop iterator"):
        raise IndexError("from the loop body")

try:
    loop_iterator()
except IndexError as e:
    print("handler:", e)
print("end")
