# Generators held by other generators: closing the holder releases its locals, which
# closes the held generators afterwards; a yield from closes the delegate first.
def leaf(tag):
    try:
        yield tag
    finally:
        print("  leaf finally", tag)

def holder():
    a = leaf("a")
    b = leaf("b")
    next(a)
    next(b)
    try:
        yield "holding"
    finally:
        print(" holder finally")

h = holder()
next(h)
h = None
print("after dropping holder")

def delegating():
    try:
        yield from leaf("delegate")
    finally:
        print(" delegating finally")

d = delegating()
next(d)
del d
print("after dropping delegating")

def consumer(src):
    try:
        for v in src:
            yield v
    finally:
        print(" consumer finally")

c = consumer(leaf("source"))
next(c)
c = None
print("after dropping consumer")

def pipeline():
    stage1 = leaf("stage1")
    stage2 = consumer(stage1)
    stage3 = consumer(stage2)
    print(" pipeline got", next(stage3))
    return "pipeline done"

print(pipeline())

src = leaf("shared")
c = consumer(src)
next(c)
c = None
print("consumer dropped, src still named")
src = None
print("end")
