# A recursive in-order tree walk with yield from; trees are nested tuples.
def node(left, value, right):
    return (left, value, right)

def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return node(build(lo, mid), mid, build(mid + 1, hi))

def inorder(t):
    if t is not None:
        left, value, right = t
        yield from inorder(left)
        yield value
        yield from inorder(right)

def depth_first(t, depth=0):
    if t is None:
        return 0
    left, value, right = t
    nl = yield from depth_first(left, depth + 1)
    yield "  " * depth + str(value)
    nr = yield from depth_first(right, depth + 1)
    return nl + nr + 1

tree = build(0, 10)
print(list(inorder(tree)))
walk = depth_first(build(0, 7))
try:
    while True:
        print(next(walk))
except StopIteration as e:
    print("count", e.value)

big = build(0, 2000)
print(sum(inorder(big)), len(list(inorder(big))))
nested = [1, [2, [3, [4, []], 5]], [[6]], 7]
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten(nested)))
