# any() and all() stop at the first deciding item: the prints show how far the
# generator ran.
def gen(values):
    for v in values:
        print("  yield", v)
        yield v
    print("  reached the end")

print(any(gen([0, 0, 3, 4])))
print(any(gen([0, 0])))
print(all(gen([1, 2, 0, 3])))
print(all(gen([1, 2])))
print(any(gen([])), all(gen([])))
print(any(v > 2 for v in gen([1, 5, 9])))
print(all(v < 5 for v in gen([1, 5, 9])))
g = gen([0, 1, 2, 3])
print(any(g), "rest:", list(g))
