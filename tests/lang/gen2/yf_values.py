# yield from delegates every value of the subgenerator, in order, lazily.
def inner(tag, n):
    for i in range(n):
        print("  inner", tag, "produces", i)
        yield tag + str(i)
    print("  inner", tag, "done")

def outer():
    print(" outer starts")
    yield "first"
    yield from inner("a", 2)
    yield "middle"
    yield from inner("b", 0)
    yield from inner("c", 1)
    print(" outer ends")

for v in outer():
    print("got", v)
print(list(outer()))
