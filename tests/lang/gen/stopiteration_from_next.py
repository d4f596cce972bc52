# Using next() with and without defaults on generators and iterators.
def gen():
    yield "x"
g = gen()
print(next(g, "d1"), next(g, "d2"), next(g, "d3"))
it = iter([1])
print(next(it), next(it, None))
def pairs(xs):
    it = iter(xs)
    while True:
        a = next(it, None)
        b = next(it, None)
        if a is None:
            return
        yield a, b
print(list(pairs([1, 2, 3, 4, 5])))
try:
    next(gen(), )
    next(iter(()))
except StopIteration as e:
    print("StopIteration caught:", e.value)
