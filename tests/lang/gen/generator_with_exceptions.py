# try/except inside generators and exceptions crossing yield.
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            print("not reached: the yield itself does not raise")
print(list(safe_div([(1, 2), (3, 4)])))
def guarded(values):
    for v in values:
        try:
            result = 10 // v
        except ZeroDivisionError:
            yield "div by zero"
            continue
        yield result
print(list(guarded([1, 0, 5, 0, 3])))
def complete():
    try:
        yield 1
        yield 2
    finally:
        print("finally in a generator that runs to completion")
print(list(complete()))
def caller_sees_error():
    yield "ok"
    {}["missing"]
g = caller_sees_error()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("caller caught", repr(e))
