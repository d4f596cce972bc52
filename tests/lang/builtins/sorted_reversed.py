# sorted and reversed.
data = [5, 3, 8, 1, 9, 2]
print(sorted(data), data, sorted(data, reverse=True))
print(sorted("Hello World"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}))
print(sorted(["b", "A", "c", "B"], key=lambda s: s.lower()))
print(sorted([(2, "x"), (1, "y"), (2, "a")], key=lambda t: t[0]))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))))
print("".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(sorted([]), list(reversed([])))
print(sorted([3, 1, 2], key=None), sorted([1, 2, 3], key=lambda x: -x))
