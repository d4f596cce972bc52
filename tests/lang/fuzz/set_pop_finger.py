# Found by tests/fuzz: set.pop() resumes its scan where the previous pop
# stopped (CPython's "finger"), which an in-place intersection keeps.
a = {0, 1, 2}
print(a.pop())
a.add(8)
a &= {8, 1, 2}
print(a)
print(a.pop(), a)
b = {-1, 2**40, 5}
print(b.pop(), b)
b.update([7, 8], {9})
b.intersection_update(range(10))
print(b)
print(b.pop(), b)
