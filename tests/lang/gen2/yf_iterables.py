# yield from works on any iterable: lists, tuples, ranges, strings, dicts, sets,
# iterators of built-ins and generator expressions.
def g():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
    yield from {"k1": 1, "k2": 2}
    yield from {"k": 1}.items()
    yield from {"v": 9}.values()
    yield from sorted({3, 1, 2})
    yield from iter([7, 8])
    yield from reversed([9, 10])
    yield from enumerate("xy")
    yield from zip("ab", range(2))
    yield from map(abs, [-1, -2])
    yield from filter(None, [0, 11, 0, 12])
    yield from (x * x for x in range(3))
    yield from [[13]]
    yield from ()

print(list(g()))

def it_partly():
    it = iter(range(10))
    print(" next:", next(it))
    yield from it
    print(" after: it is exhausted", list(it))

print(sum(it_partly()))

def from_genexpr():
    ge = (c.upper() for c in "hello")
    print(" first:", next(ge))
    rest = yield from ge
    print(" returned", rest)

print(list(from_genexpr()))
