# sum, any, all.
print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum(range(10), 5), sum([0.1] * 3))
print(sum([[1], [2], [3]], []), sum([(1,), (2,)], ()), sum([True, True, False]))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
def check(v):
    print("checking", v)
    return v
print(any(check(v) for v in [0, 2, 3]))
print(all(check(v) for v in [1, 0, 3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(sum([2 ** 64, 2 ** 64]), sum([1, 2.5]))
