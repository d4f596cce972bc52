# repr of lists containing strings, floats, nested lists and itself.
print(["a", 'b"c', "d'e", 1.0, -0.0, None, [1.5, [True]]])
a = [1, 2]
a.append(a)
print(a)
b = [a, [a]]
print(b)
print(str(["x"]), repr(["x"]))
print([[], [[]], [[], []]])
