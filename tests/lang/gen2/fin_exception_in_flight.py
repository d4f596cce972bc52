# A generator closed while an exception is propagating: its finally runs, may handle
# exceptions of its own, and the exception in flight is unchanged.
def gen():
    try:
        yield 1
    finally:
        try:
            raise ValueError("inside finally")
        except ValueError as e:
            print(" finally handled", e)
        print(" finally done")

def work():
    g = gen()
    next(g)
    raise KeyError("in flight")

try:
    work()
except KeyError as e:
    print("caught", repr(e), "context:", e.__context__)

def handler_drops():
    g = gen()
    next(g)
    try:
        1 / 0
    except ZeroDivisionError as e:
        g = None
        print("in handler after drop:", e)
        raise

try:
    handler_drops()
except ZeroDivisionError as e:
    print("propagated", e, "context:", e.__context__)

def nested_unwind():
    outer = gen()
    next(outer)
    try:
        inner = gen()
        next(inner)
        raise IndexError("deep")
    finally:
        print(" nested_unwind finally")

try:
    nested_unwind()
except IndexError as e:
    print("caught", e)
