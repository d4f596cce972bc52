# A generator closed while an exception is propagating or being handled: its finally
# runs with GeneratorExit as the current exception, may handle exceptions of its own,
# and the exception in flight comes out unchanged.
def gen():
    try:
        yield 1
    finally:
        try:
            raise ValueError("inside finally")
        except ValueError as e:
            print(" finally handled", e, "| context:", repr(e.__context__))
        print(" finally done")

try:
    for x in gen():
        raise KeyError("in flight")
except KeyError as e:
    print("caught", repr(e), "| context:", e.__context__)

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
    print("propagated:", e, "| context:", e.__context__)

def raise_after_drop():
    g = gen()
    next(g)
    try:
        raise IndexError("outer")
    except IndexError:
        g = None
        raise TypeError("new")

try:
    raise_after_drop()
except TypeError as e:
    print("TypeError context:", repr(e.__context__))
