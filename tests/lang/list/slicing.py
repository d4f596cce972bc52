# List slicing, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[8:1:-2], a[-3:], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[0:0] = [-2, -1]
print(b)
b[len(b):] = [99]
print(b)
b[1:3] = []
print(b)
c = list(range(8))
c[::2] = ["e"] * 4
print(c)
c[1::2] = "abcd"
print(c)
del c[::3]
print(c)
del c[0]
del c[-1]
print(c)
d = [1, 2, 3, 4, 5]
del d[1:3]
print(d)
try:
    d[::2] = [1]
except ValueError as e:
    print(e)
e = [0, 1, 2, 3]
e[1:3] = e
print(e)
