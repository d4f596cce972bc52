# PEP 442: a generator in a cycle whose finally stores a reference to itself somewhere
# reachable survives the collection; its finally ran once and it is finished.
import gc

saved = []

def gen():
    me = yield
    try:
        yield "holding"
    finally:
        print(" finally runs, saving myself")
        saved.append(me)

g = gen()
next(g)
g.send(g)
g = None
gc.collect()
print("saved:", len(saved), "finished:", saved[0].gi_frame is None)
print("next on it:", next(saved[0], "exhausted"))
saved[0].close()
saved.clear()
gc.collect()
print("cleared: no second finally")
