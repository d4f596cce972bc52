# slice objects: repr, attributes, use as subscripts.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(1, 4), slice(None, None, -1))
a = list(range(10))
print(a[s], a[slice(3)], a[slice(None, None, -1)], "abcdefghij"[s], (0, 1, 2, 3)[slice(1, 3)])
print(a[slice(-3, None)], a[slice(None, 2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
a[slice(0, 2)] = ["x", "y"]
print(a)
