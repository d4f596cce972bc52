# Tuples are immutable but may hold mutable objects; usable as dict keys.
t = (1, [2, 3])
try:
    t[0] = 5
except TypeError as e:
    print(e)
t[1].append(4)
print(t)
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2])
print(hash((1, 2)) == hash((1, 2)), (1, 2) in d)
try:
    {(1, [2]): 0}
except TypeError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
