# A return whose finally block yields: the generator yields from the finally, and the
# return value arrives with the next StopIteration.
def gen():
    try:
        return "ret"
    finally:
        print(" finally yields")
        yield "from finally"
        print(" finally resumes")

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def exc_finally_yield():
    try:
        raise KeyError("pending")
    finally:
        yield "pending exception waits"

g = exc_finally_yield()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("then raised:", e)

def loop_break_yield():
    for i in range(5):
        try:
            if i == 1:
                break
            yield i
        finally:
            yield "finally of " + str(i)
    yield "after loop"

print(list(loop_break_yield()))
