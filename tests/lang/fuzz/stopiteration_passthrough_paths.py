# Where the StopIteration that ends an iteration goes: the built-in iterators that
# pass their source's end on (and a callback's StopIteration) let next(), __next__
# and yield from see it; the others, and every consumer, drop it, so that a value it
# holds is released then.
import itertools
def fin(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, 'fin')
def src(tag):
    g = fin(tag)
    next(g)
    return g
    yield
def val(v):
    return v
    yield
class It:
    def __init__(self, v): self.v = v
    def __iter__(self): return self
    def __next__(self): raise StopIteration(self.v, 'extra')
# return value released when the consumer drops it
print('for:')
for x in map(abs, src('A')):
    pass
print('after for')
print('list:', list(filter(None, src('B'))))
print('after list')
try:
    next(enumerate(src('C')))
except StopIteration as e:
    print('caught', type(e.value).__name__)
    del e
print('after next')
print(next(zip(src('D')), 'dflt'))
print('after dflt')
# user __next__
for name, mk in [('map', lambda: map(abs, It('u'))), ('islice', lambda: itertools.islice(It('u'), 3)),
                 ('acc', lambda: itertools.accumulate(It('u'))), ('compress', lambda: itertools.compress(It('u'), [1])),
                 ('compress2', lambda: itertools.compress([1], It('s'))),
                 ('pairwise', lambda: itertools.pairwise(It('u'))), ('starmap', lambda: itertools.starmap(abs, It('u'))),
                 ('filterfalse', lambda: itertools.filterfalse(None, It('u'))),
                 ('groupby', lambda: itertools.groupby(It('u'))), ('cycle', lambda: itertools.cycle(It('u'))),
                 ('zip_longest', lambda: itertools.zip_longest(It('u'))), ('tee', lambda: itertools.tee(It('u'))[0]),
                 ('zip strict', lambda: zip(It('u'), [], strict=True)),
                 ('zip2', lambda: zip([1], It('u'))),
                 ('map2', lambda: map(pow, [1], val('r2'))),
                 ('iter', lambda: iter(It('u'))),
                 ('dunder', lambda: map(abs, It('u')).__next__),
                 ]:
    try:
        x = mk()
        if callable(x) and name == 'dunder':
            x()
        else:
            next(x)
        print(name, 'no stop')
    except StopIteration as e:
        print(name, repr(e.value), e.args)
    except Exception as e:
        print(name, 'exc', type(e).__name__, e)
# callbacks raising StopIteration
def boom(*a):
    raise StopIteration('cb')
for name, mk in [('map', lambda: map(boom, [1])), ('filter', lambda: filter(boom, [1])),
                 ('takewhile', lambda: itertools.takewhile(boom, [1])),
                 ('dropwhile', lambda: itertools.dropwhile(boom, [1])),
                 ('starmap', lambda: itertools.starmap(boom, [(1,)])),
                 ('acc', lambda: itertools.accumulate([1, 2], boom)),
                 ('groupby', lambda: itertools.groupby([1], boom)),
                 ('filterfalse', lambda: itertools.filterfalse(boom, [1]))]:
    try:
        next(mk())
    except StopIteration as e:
        print('cb', name, repr(e.value))
    print('cb list', name, list(mk()))
# yield from
def deleg(it):
    r = yield from it
    print('yf ->', repr(r))
for it in [map(abs, val('m')), It('i'), itertools.islice(val('s'), 2), itertools.chain(val('c')), zip(val('z'))]:
    list(deleg(it))
# chain: stop value of an inner dropped
try:
    next(itertools.chain(val('x'), []))
except StopIteration as e:
    print('chain', e.value)
# nested passthrough
try:
    next(map(abs, filter(None, enumerate(val('deep')))))
except StopIteration as e:
    print('deep', e.value)
# stale value must not leak
list(map(abs, val('stale')))
try:
    next(iter([]))
except StopIteration as e:
    print('fresh', e.value)
try:
    next(map(abs, []))
except StopIteration as e:
    print('fresh2', e.value)
try:
    next(itertools.islice(map(lambda x: list(map(abs, val('in'))), [1, 2]), 0))
except StopIteration as e:
    print('islice stop', e.value)
try:
    next(itertools.takewhile(lambda x: list(map(abs, val('in'))) and False, [1]))
except StopIteration as e:
    print('takewhile false', e.value)
# context of the raised StopIteration
try:
    try:
        raise KeyError('k')
    except KeyError:
        next(map(abs, val('ctx')))
except StopIteration as e:
    print('context', repr(e.__context__))
m = map(abs, val('again'))
for i in range(2):
    try:
        next(m)
    except StopIteration as e:
        print('again', e.value)
print('end')
