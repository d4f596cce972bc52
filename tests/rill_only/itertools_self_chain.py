# Iterators that contain themselves through C only: CPython 3.11 recurses in C until the
# stack overflows and crashes (so this program is not in the python3-checked corpus);
# rill counts iterators nested in C against its C-depth limit and raises RecursionError.
# Every line of itertools_self_chain.expected follows from the program text.
from itertools import chain, islice, tee

state = {}


def sources():
    yield [1, 2]
    yield state['c']        # the chain itself: iter(c) is c
    yield [3]


c = chain.from_iterable(sources())
state['c'] = c
print(next(c), next(c))
# as in CPython, an error from the iterator being drained does not drop it: the chain
# stays stuck on itself
for _ in range(2):
    try:
        next(c)
    except RecursionError as e:
        print('RecursionError', e)

# the same through an islice between the chain and itself
state['c'] = islice(chain.from_iterable(sources()), 10)
try:
    print(list(state['c']))
except RecursionError as e:
    print('RecursionError', e)

# a deep but finite stack of C iterators is fine
it = iter(range(5))
for _ in range(1000):
    it = chain(it)
print(list(it))
a, b = tee(range(3))
for _ in range(500):
    a = islice(a, None)
print(list(a), list(b))
