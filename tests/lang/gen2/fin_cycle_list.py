# A list holds a generator and the generator holds the list: a cycle, closed by the
# collector. The finally can still use the list.
import gc

def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print(" finally sees a box of", len(box))

box = []
g = gen(box)
box.append(g)
next(g)
del g
box = None
print("cycle unreachable")
gc.collect()
print("collected")

holder = {"list": []}
def gen2(d):
    try:
        yield
    finally:
        print(" finally of gen2, keys", list(d))
g = gen2(holder)
holder["list"].append(g)
holder["self"] = holder
next(g)
g = None
holder = None
print("dict cycle unreachable")
gc.collect()
print("end")
