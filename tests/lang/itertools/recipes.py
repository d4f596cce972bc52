# the recipes of the itertools documentation, built on the C iterators
from itertools import (accumulate, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, repeat, starmap, tee, zip_longest, product)


def take(n, iterable):
    return list(islice(iterable, n))


def prepend(value, iterator):
    return chain([value], iterator)


def tabulate(function, start=0):
    return map(function, count(start))


def tail(n, iterable):
    buf = []
    for x in iterable:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
    return iter(buf)


def consume(iterator, n=None):
    if n is None:
        for _ in iterator:
            pass
    else:
        next(islice(iterator, n, n), None)


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        if key is None:
            seen.add(element)
            yield element
        else:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def unique_justseen(iterable, key=None):
    return map(next, map(lambda kg: kg[1], groupby(iterable, key)))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n - 1))
    for x in it:
        window.append(x)
        yield tuple(window)
        window.pop(0)


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def iter_index(iterable, value, start=0):
    it = islice(iterable, start, None)
    for i, element in enumerate(it, start):
        if element is value or element == value:
            yield i


def running_mean(values):
    return [t / n for n, t in zip(count(1), accumulate(values))]


print(take(3, 'abcdef'), list(prepend(0, [1, 2])), take(4, tabulate(lambda x: x * x, 2)))
print(list(tail(3, 'ABCDEFG')))
it = iter(range(10))
consume(it, 3)
print(next(it))
print(nth(range(10), 3), nth('ab', 5, 'z'))
print(all_equal('aaa'), all_equal('aab'), all_equal(''))
print(quantify([1, 0, 3, '', 'x']), list(ncycles('ab', 3)), list(flatten([[1], [2, 3]])))
print(take(3, repeatfunc(lambda: 7)), list(repeatfunc(pow, 2, 2, 3)))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)))
print(first_true([0, '', 3, 4]), first_true([], 'none'),
      first_true([1, 2, 3], pred=lambda x: x > 1))
print(list(iter_index('AABCADEAF', 'A')), list(iter_index('AABCADEAF', 'A', 3)))
print(running_mean([2, 4, 6, 8]))
print(list(compress(*zip(*[(c, c.isupper()) for c in 'HeLLo WoRLD']))))
print(sorted(product(*[[0, 1]] * 3), key=sum)[:4])
