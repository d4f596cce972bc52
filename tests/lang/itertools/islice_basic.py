# itertools.islice with every form of its arguments
from itertools import islice, count

s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)), list(islice(s, 1, 6, 3)), list(islice(s, None)))
print(list(islice(s, None, None)), list(islice(s, None, 3)), list(islice(s, 3, None, None)))
print(list(islice(s, 0)), list(islice(s, 10)), list(islice(s, 5, 3)), list(islice(s, 7, 10)))
print(list(islice(s, 100, 200)), list(islice(s, 0, 100, 100)))
print(list(islice(range(100), 10, 50, 7)))
print(list(islice(count(), 5, 25, 5)))
print(list(islice([], 3)), list(islice('ab', True, None, True)))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(list(islice(range(20), Idx(2), Idx(12), Idx(4))))
print(list(islice(range(10), 2 ** 62)), list(islice(range(5), 2 ** 62, None)))
i = islice('abc', 2)
print(iter(i) is i, type(i).__name__)
# same as the list slice for many combinations
data = list(range(12))
ok = True
for start in [None, 0, 1, 5, 11, 12, 20]:
    for stop in [None, 0, 1, 6, 12, 30]:
        for step in [None, 1, 2, 5, 13]:
            if list(islice(data, start, stop, step)) != data[start:stop:step]:
                ok = False
                print('mismatch', start, stop, step)
print('agrees with slicing:', ok)
