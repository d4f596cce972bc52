# product reads every input completely when it is made (as CPython does), in order;
# repeat copies the pools without reading the inputs again
from itertools import product


def noisy(name, items):
    print(f'  {name} started')
    for x in items:
        print(f'  {name} -> {x}')
        yield x
    print(f'  {name} done')


p = product(noisy('a', 'xy'), noisy('b', [1, 2]))
print('made')
print(next(p))
print(list(p))
p = product(noisy('r', 'ab'), repeat=3)
print('made with repeat')
print(len(list(p)))
p = product(noisy('z', 'ab'), repeat=0)
print('repeat 0 reads nothing', list(p))
try:
    product(noisy('first', [1]), 5, noisy('never', [2]))
except TypeError as e:
    print('TypeError', e)


def failing():
    yield 1
    raise KeyError('mid-way')


try:
    product([0], failing())
except KeyError as e:
    print('KeyError', e)
big = product(range(10), repeat=4)
print(next(big), next(big))
count = 1
for t in big:
    count += 1
print(count, t)
