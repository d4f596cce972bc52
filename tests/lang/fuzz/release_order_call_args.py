# Found by tests/fuzz: after a call to a built-in taking several positional
# arguments (itertools.product, set.union...), the arguments are released in
# order, first to last, as CPython pops them off its stack; a generator
# suspended under each is finalized in that order.
import itertools
def src(tag):
    try:
        yield from range(10)
    finally:
        print(tag, 'released')
def early(tag, at=1):
    return itertools.takewhile(lambda x: x < at, src(tag))
print('-- product')
print(list(itertools.product(early('a'), early('b'))))
print('-- product repeat')
print(len(list(itertools.product(early('a'), early('b'), early('c'), repeat=2))))
print('-- union')
print(set().union(early('a'), early('b')))
print('-- user function')
print((lambda x, y: (list(x), list(y)))(early('a'), early('b')))
print('-- end')
