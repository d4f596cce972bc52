# itertools.batched (new in Python 3.12, so CPython 3.11 cannot check this program):
# each case is compared with a pure-Python reference written from the 3.12
# documentation, and the program prints the results and "same" when they agree.
# Every line of itertools_batched.expected follows from the program text.
import itertools
from itertools import batched, count, islice


def reference(iterable, n):
    # batched('ABCDEFG', 3) --> ABC DEF G
    if n < 1:
        raise ValueError('n must be at least one')
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def check(label, iterable_maker, n):
    got = list(batched(iterable_maker(), n))
    want = list(reference(iterable_maker(), n))
    print(label, got, 'same' if got == want else 'DIFFERENT')


check('ABCDEFG by 3', lambda: 'ABCDEFG', 3)
check('range(6) by 2', lambda: range(6), 2)
check('range(5) by 5', lambda: range(5), 5)
check('range(5) by 9', lambda: range(5), 9)
check('empty by 4', lambda: [], 4)
check('one by 1', lambda: 'x', 1)
check('range(4) by 1', lambda: range(4), 1)
check('generator by 4', lambda: (i * i for i in range(10)), 4)

# the batches are tuples, and batched is lazy: one batch is pulled per next()
log = []


def noisy(n):
    for i in range(n):
        log.append(i)
        yield i


b = batched(noisy(7), 3)
print('made, pulled', log)
print(next(b), 'pulled', log)
print(next(b), 'pulled', log)
print(next(b), 'pulled', log)
print(next(b, 'end'), 'pulled', log)
print(type(next(batched('ab', 2))).__name__, type(b).__name__, iter(b) is b)
print(list(islice(batched(count(), 2), 3)))
print(list(batched(iterable='abc', n=2)))

# errors: n is checked before the iterable
for label, f in [('n=0', lambda: batched('abc', 0)),
                 ('n=-1', lambda: batched('abc', -1)),
                 ('n=0, not iterable', lambda: batched(5, 0)),
                 ('not iterable', lambda: batched(5, 2)),
                 ('n str', lambda: batched('abc', 'x')),
                 ('no n', lambda: batched('abc'))]:
    try:
        f()
        print(label, 'no error')
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


# an error from the input ends batched; the items of the broken batch are lost
def failing():
    yield 1
    yield 2
    yield 3
    raise KeyError('broken')


b = batched(failing(), 2)
print(next(b))
try:
    next(b)
except KeyError as e:
    print('KeyError', e)
print(list(b))
print(itertools.batched is batched)
