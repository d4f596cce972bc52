# Nested try blocks inside the generator: handlers and finally blocks run inner first.
def gen():
    try:
        try:
            try:
                yield "deep"
            finally:
                print("inner finally")
        except ValueError as e:
            print("middle caught", e)
            yield "middle yielded"
        finally:
            print("middle finally")
        yield "after middle"
    finally:
        print("outer finally")

g = gen()
print(next(g))
print(g.throw(ValueError("one")))
print(next(g))
try:
    g.throw(ValueError("two"))
except ValueError as e:
    print("escaped:", e)
print(g.gi_frame is None)
