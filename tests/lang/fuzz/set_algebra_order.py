# Set operations build their results as CPython's setobject.c does, which decides
# the iteration order of sets of ints: which operand is copied or iterated, when
# the table is rebuilt, and where an iterable stops being read.
def g(n):
    for i in range(n):
        print('y', i, end='; ')
        yield i
print({0, 1}.intersection(g(5)))
s = {0, 1}
s.intersection_update(g(5))
print(s)
print({0, 1}.issubset(g(3)))
a = {8, 16, 24, 32, 40, 0}
a.symmetric_difference_update(dict.fromkeys([48, 16, 56, 0, 64]))
print(list(a))
d = dict.fromkeys([1, 17, 33, 2, 18, 34, 50])
print(list(d.keys() - {2}), list(d.keys() ^ {66, 1}), list(d.keys() | {99}))
big = set(range(0, 400, 8))
small = {8, 16, 7, 15}
small -= big
print(list(small))
t = set(range(40))
t.difference_update(range(5, 38))
print(list(t))
u = {64, 128, 192, 1, 2}
u.pop()
u &= {128, 192, 1, 2, 256}
print(u.pop(), list(u))
