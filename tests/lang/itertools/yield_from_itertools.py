# generators delegating to itertools objects with yield from, and itertools objects
# consuming generators that delegate
from itertools import chain, count, islice, repeat, cycle, tee


def g1():
    r = yield from islice(count(10), 3)
    print('  islice delegation returned', r)
    yield from chain('ab', repeat('z', 2))
    return 'g1 done'


def outer():
    result = yield from g1()
    print('  outer got', result)


print(list(outer()))


def inner():
    yield 1
    yield 2
    return 'inner value'


def middle():
    v = yield from inner()
    yield v


print(list(chain(middle(), middle())))
print(list(islice(cycle(middle()), 7)))
a, b = tee(middle())
print(list(a), list(b))

# send() to a generator delegating to an itertools object: the object has no send
gen = (lambda: (yield from count()))()
print(next(gen), next(gen))
try:
    gen.send(5)
except AttributeError as e:
    print('AttributeError', 'send' in str(e))
gen = (lambda: (yield from repeat('r', 2)))()
print(next(gen), gen.send(None))
try:
    gen.throw(ValueError('thrown'))
except ValueError as e:
    print('ValueError', e)


def closing():
    try:
        yield from count()
    finally:
        print('  closing finally ran')


c = closing()
print(next(c), next(c))
c.close()
print('closed')
