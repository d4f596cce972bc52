# throw() with something that is not an exception: TypeError, the generator unchanged.
def gen():
    n = 0
    while True:
        n += 1
        yield n

g = gen()
print(next(g))
for bad in (1, "text", None, int, [ValueError], object):
    try:
        g.throw(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.throw(ValueError("x"), ValueError("y"))
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError, "v", "not a traceback")
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
print("still alive:", next(g))
