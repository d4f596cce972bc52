# del on list items, slices, and names.
a = [0, 1, 2, 3, 4, 5]
del a[2]
print(a)
del a[-1], a[0]
print(a)
del a[:]
print(a)
b = 5
del b
try:
    print(b)
except NameError as e:
    print(e)
c = [1, 2, 3]
d = c
del c
print(d)
