# a lazy pipeline mixing generators, yield from and several itertools; the trace shows
# that every stage pulls only what the next one asks for
from itertools import (accumulate, chain, count, groupby, islice, pairwise, starmap,
                       takewhile, tee, zip_longest, compress, filterfalse)

log = []


def source(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        yield i


def evens_then_odds(n):
    yield from filterfalse(lambda x: x % 2, source('e', n))
    yield from compress(source('o', n), [0, 1] * n)


def windows(it, size):
    it = iter(it)
    window = tuple(islice(it, size))
    if len(window) == size:
        yield window
    for x in it:
        window = window[1:] + (x,)
        yield window


stage = accumulate(evens_then_odds(6))
print(list(islice(stage, 4)), log)
log.clear()
print(list(stage), log)
log.clear()

left, right = tee(chain(source('a', 3), source('b', 2)))
pairs = zip_longest(left, islice(right, 1, None), fillvalue='end')
print(next(pairs), log)
print(list(pairs), log)
log.clear()

runs = groupby(takewhile(lambda x: x < 150, (n * n for n in count())), key=lambda x: x % 3)
print([(k, len(list(g))) for k, g in runs])

products = starmap(lambda a, b: a * b, pairwise(islice(count(1), 6)))
print(list(products))
print(list(windows(source('w', 5), 3)), log)
log.clear()


def numbered(lines):
    yield from zip(count(1), lines)


def nonblank(pairs):
    for n, line in pairs:
        if line.strip():
            yield n, line.strip()


text = ['alpha', '', 'beta', 'beta', '  ', 'gamma', 'alpha']
result = [(k, [n for n, _ in g]) for k, g in groupby(nonblank(numbered(text)), key=lambda p: p[1])]
print(result)
total = sum(x for _, x in islice(zip(count(), accumulate(range(1, 100))), 10, 20))
print(total)
