# A generator is its own iterator; for/else; iter() and next() with defaults.
def gen():
    yield 1
    yield 2

g = gen()
print(iter(g) is g, iter(iter(g)) is g)
print(next(g), next(g), next(g, "default"), next(g, None))
for x in gen():
    pass
else:
    print("else after normal end, last", x)
for x in gen():
    if x == 1:
        break
else:
    print("not printed")
print("break skipped else")
g = gen()
for x in g:
    print("first loop", x)
    break
for x in g:
    print("second loop resumes", x)
for x in g:
    print("never")
print("no more", list(g))
print(g.__iter__() is g)
g = gen()
print(g.__next__(), g.send(None))
try:
    g.__next__()
except StopIteration as e:
    print("StopIteration", e.value)
