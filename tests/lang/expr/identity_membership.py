# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, None is not None)
x = None
print(x is None, x == None)
print(True is True, False is not True)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print("ell" in "hello", "z" not in "hello", "" in "abc")
print(2 in (1, 2, 3), 4 in range(5), 5 in range(5))
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1, 2})
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
print(1.0 in [1], True in [1])
print(not 1 in [2])
