# A StopIteration escaping from a next() call inside a generator body is also turned
# into RuntimeError; a generator that wants to stop must return.
def first_two(it):
    yield next(it)
    yield next(it)

print(list(first_two(iter([1, 2, 3]))))
g = first_two(iter([1]))
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def pairs(it):
    it = iter(it)
    while True:
        try:
            a = next(it)
        except StopIteration:
            return
        b = next(it, None)
        yield a, b

print(list(pairs("abcde")))

def careless(it):
    while True:
        yield next(it)

try:
    print(list(careless(iter("xy"))))
except RuntimeError as e:
    print("careless:", e)

def from_sub():
    empty = (x for x in [])
    yield next(empty)

try:
    next(from_sub())
except RuntimeError as e:
    print("from_sub:", e)

def uses_default(it):
    while (v := next(it, None)) is not None:
        yield v * 2

print(list(uses_default(iter([1, 2, 3]))))
