# A generator that holds itself through a local is in a reference cycle: dropping the
# name does not close it; gc.collect() does, once.
import gc

def gen():
    me = yield "started"
    try:
        yield "holding myself"
    finally:
        print(" finally, my local is", me is not None)

g = gen()
next(g)
g.send(g)
g = None
print("dropped the name: still alive")
gc.collect()
print("after collect")
gc.collect()
print("second collect: nothing more")

def two():
    other = yield
    try:
        yield
    finally:
        print(" finally of a two-generator cycle")

a = two()
b = two()
next(a)
next(b)
a.send(b)
b.send(a)
a = b = None
print("pair dropped")
gc.collect()
print("pair collected")
