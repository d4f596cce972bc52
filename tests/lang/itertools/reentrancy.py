# itertools objects advanced from inside the generators they are consuming: the
# generator is "already executing", and the objects stay consistent afterwards
from itertools import chain, islice, pairwise, zip_longest, cycle, accumulate, groupby, tee

holder = []


def selfish(n):
    for i in range(n):
        if i == 1:
            try:
                print('  inner next ->', next(holder[0]))
            except ValueError as e:
                print('  inner ValueError', e)
        yield i


for make in (lambda g: chain(g), lambda g: islice(g, 10), lambda g: pairwise(g),
             lambda g: zip_longest(g, 'ab'), lambda g: cycle(g), lambda g: accumulate(g),
             lambda g: groupby(g), lambda g: tee(g)[0]):
    holder.clear()
    gen = selfish(3)            # kept: CPython must not free it while it runs
    obj = make(gen)
    holder.append(obj)
    out = []
    for _ in range(4):
        try:
            v = next(obj)
            if type(v) is tuple and len(v) == 2 and not isinstance(v[1], (int, str)):
                v = (v[0], list(v[1]))
            out.append(v)
        except StopIteration:
            out.append('stop')
        except Exception as e:
            out.append(type(e).__name__)
    print(type(obj).__name__, out)
