# map and filter pull lazily from generators, one item per result.
def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i

def show(x):
    print("  map sees", x)
    return x * 10

m = map(show, gen(3))
print("map created")
print(next(m))
print(list(m))
f = filter(lambda x: x % 2, gen(5))
print("filter created")
print(next(f))
print(list(f))
print(list(map(lambda a, b: a + b, gen(3), gen(2))))
print(list(filter(None, (x - 1 for x in range(3)))))
print(list(map(str.upper, (c for c in "abc"))))
squares = map(lambda x: x * x, filter(lambda x: x > 1, gen(4)))
print(sum(squares))
