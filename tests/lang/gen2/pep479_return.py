# return in a generator: StopIteration with the value, no RuntimeError; return inside
# try/finally; return with no value; StopIteration from a plain function is unchanged.
def gen(n):
    for i in range(n):
        if i == 2:
            return "stopped at 2"
        yield i

g = gen(10)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)
except RuntimeError:
    print("wrong")

def ret_in_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("finally before the StopIteration")

g = ret_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def plain():
    raise StopIteration("from a function")

try:
    plain()
except StopIteration as e:
    print("plain function:", e)

def calls_plain():
    yield 0
    plain()

try:
    list(calls_plain())
except RuntimeError as e:
    print("via generator:", e, "|", e.__cause__)

def returns_none():
    yield 1
    return

print([x for x in returns_none()])
