# Set displays of small ints, len, membership, duplicates removed.
s = {1, 2, 3}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print({1, 1, 2, 2, 3}, set(), set([0, 1, 2, 1, 0]), len(set("hello")))
print(sorted(set("mississippi")), sorted({"pear", "apple", "fig"}))
print({1, 2} == {2, 1}, {1} == {1, 2}, set() == set(), {1, 2} != {1, 3})
print(type(s), type(set()), {} == set())
print(sorted({3.5, 1, 2.0, 2}), {1, 1.0, True})
print(set(range(5)), set((1, 2)))
