# A thrown exception is caught and the generator returns: throw() raises StopIteration
# carrying the return value, and the generator is finished.
def gen():
    try:
        yield 1
        yield 2
    except ZeroDivisionError:
        print("handling")
        return "the result"
    print("not reached")

g = gen()
print(next(g))
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), e.args)
print(next(g, "finished"))

def plain_return():
    try:
        yield
    except ZeroDivisionError:
        pass

g = plain_return()
next(g)
try:
    g.throw(ZeroDivisionError("x"))
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

def falls_off_after_finally():
    try:
        yield "a"
    finally:
        print("finally ran")

g = falls_off_after_finally()
next(g)
try:
    g.throw(ValueError("not caught"))
except ValueError as e:
    print("propagated:", e)
