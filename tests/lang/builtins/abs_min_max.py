# abs, min, max with several forms of arguments.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(2 ** 80)), abs(True), abs(False))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("hello"), max("hello"))
print(min([3, -4, 2], key=abs), max(["bb", "a", "ccc"], key=len), min("b", "a", "c"))
print(max([1, 5, 5, 2], key=lambda x: x == 5), min(range(10, 0, -1)))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 9]]))
print(max(1, 2.5), min(-1, -1.0), max(2, 2.0), max(2.0, 2))
print(max({3: "c", 7: "x"}), min({4, 2, 9}))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
