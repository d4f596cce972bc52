# Found by tests/fuzz: the built-in iterators that end when their source ends
# (map, filter, zip, enumerate, islice, takewhile...) pass the source's
# StopIteration through, so a generator's return value reaches next()'s caller.
import itertools
def src():
    return 'ret'
    yield
makers = [('islice', lambda: itertools.islice(src(), 1, 6, 2)),
          ('map', lambda: map(abs, src())),
          ('filter', lambda: filter(None, src())),
          ('enumerate', lambda: enumerate(src())),
          ('zip', lambda: zip(src())),
          ('takewhile', lambda: itertools.takewhile(bool, src())),
          ('dropwhile', lambda: itertools.dropwhile(bool, src())),
          ('chain', lambda: itertools.chain(src())),
          ('iter', lambda: iter(src()))]
for name, make in makers:
    try:
        next(make())
    except StopIteration as e:
        print(name, repr(e.value))
