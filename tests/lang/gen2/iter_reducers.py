# sorted, sum, min, max over generators, with keys, defaults and start values.
def gen(values):
    for v in values:
        yield v

print(sorted(gen([3, 1, 2])), sorted(gen("cab"), reverse=True))
print(sorted(gen(["bb", "a", "ccc"]), key=len))
print(sum(gen([1, 2, 3])), sum(gen([1, 2]), 10), sum(gen([0.5, 0.25])))
print(sum(gen([[1], [2]]), []))
print(min(gen([4, 2, 8])), max(gen([4, 2, 8])))
print(min(gen(["bb", "a", "ccc"]), key=len), max(gen(["bb", "a", "ccc"]), key=len))
print(min(gen([]), default="empty"), max(gen([]), default=None))
try:
    min(gen([]))
except ValueError as e:
    print("ValueError:", e)
try:
    max(x for x in [])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(gen(["a", "b"]))
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(gen([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
print(max(gen([(1, "b"), (1, "a"), (0, "z")])))
print(min((abs(x), x) for x in [-3, 2, -1, 1]))
print(len(sorted(gen(range(1000)))))
