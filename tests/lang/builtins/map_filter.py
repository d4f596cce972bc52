# map and filter are lazy iterators.
print(list(map(abs, [-1, 2, -3])), list(map(str, range(3))), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
def noisy(x):
    print("mapping", x)
    return x * 10
m = map(noisy, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
f = filter(None, ["", "x"])
print(list(f), list(f))
print(sum(map(int, "12345")), "".join(map(str, [1, 2])))
