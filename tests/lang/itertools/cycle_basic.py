# itertools.cycle: the first pass pulls from the input lazily and saves the items;
# later passes replay the saved items without touching the input again
from itertools import cycle, islice


def noisy(name, items):
    for x in items:
        print(f'  {name} pulled {x!r}')
        yield x
    print(f'  {name} exhausted')


c = cycle(noisy('src', 'abc'))
print('created')
for i in range(8):
    print(i, next(c))

print(list(islice(cycle([1, 2]), 7)))
print(list(cycle([])))
print(list(cycle(noisy('empty', []))))
c = cycle(iter([]))
print(next(c, 'done'), next(c, 'still done'))

# one item
print(list(islice(cycle('x'), 4)))

# the input is iterated once: a list that grows afterwards is not seen again
data = [1, 2, 3]
c = cycle(data)
print(next(c), next(c), next(c))
data.append(4)
print(next(c), next(c), next(c), next(c))
data.clear()
print(list(islice(c, 5)))

# iter(c) is c
c = cycle('ab')
print(iter(c) is c, type(c).__name__)

# zip over a cycle
print(list(zip(cycle('AB'), range(5))))
