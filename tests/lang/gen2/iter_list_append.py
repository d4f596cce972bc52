# A list appended to (or shrunk) while a generator iterates over it: the iteration sees
# the new items, by index, exactly as CPython's list iterator does.
def walk(lst):
    for x in lst:
        yield x

lst = [1, 2, 3]
out = []
for x in walk(lst):
    out.append(x)
    if x < 6:
        lst.append(x + 3)
print(out, lst)

lst = [1, 2, 3, 4]
seen = []
for x in walk(lst):
    seen.append(x)
    if x == 2:
        lst.pop(0)
print(seen)

lst = [1, 2, 3]
g = walk(lst)
print(next(g), next(g), next(g))
lst.append(4)
print(next(g))
print(next(g, "exhausted"))
lst.append(5)
print(next(g, "still exhausted"))

lst = [0]
g = (x for x in lst)
lst.clear()
print(list(g))
lst = [0, 1]
g = (x * 2 for x in lst)
print(next(g))
lst[1] = 50
print(list(g))
