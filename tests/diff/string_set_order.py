# Difference: the iteration order of a set of strings is unspecified (CPython randomizes
# string hashes per process); rill's is stable from run to run but not CPython's. Sets
# of ints iterate in CPython's order.
s = {"pear", "apple", "fig"}
print(sorted(s), len(s), "apple" in s)
print({3, 1, 2}, {100, 5, 17, 64})
