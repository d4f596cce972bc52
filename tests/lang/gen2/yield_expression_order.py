# Several yields in one expression are evaluated left to right, with the values sent.
def gen():
    r = [(yield "a"), (yield "b")]
    print(" list:", r)
    total = (yield 1) + (yield 2) * (yield 3)
    print(" total:", total)
    d = {(yield "k"): (yield "v")}
    print(" dict:", d)
    print(" call args:", (yield "x"), (yield "y"))
    x = yield (yield "inner")
    print(" nested:", x)
    return "done"

g = gen()
out = [next(g)]
values = iter([10, 20, 1, 2, 3, "key", "val", "X", "Y", "I", "outer"])
try:
    while True:
        out.append(g.send(next(values)))
except StopIteration as e:
    out.append(e.value)
print(out)
