# Found by tests/fuzz: set -= other and difference_update() rebuild the table
# when it holds many deleted entries, as CPython's set_difference_update does,
# which changes the iteration order of a set of ints.
a = {-1, 2**40, 5}
a.discard(2**40)
a.discard(5)
a |= {6}
print(a)
a -= {1}
print(a)
b = {-1, 2**40, 5}
b.discard(2**40)
b.discard(5)
b.add(6)
b.difference_update([1])
print(b, list(b))
