# Recursive in-order walk of a balanced binary tree (nested tuples) through yield from:
# every value climbs through one generator per level.
def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))

def walk(t):
    left, value, right = t
    if left is not None:
        yield from walk(left)
    yield value
    if right is not None:
        yield from walk(right)

tree = build(0, 1 << 17)
total = 0
count = 0
ordered = True
for _ in range(5):
    prev = -1
    for v in walk(tree):
        total += v
        count += 1
        if v <= prev:
            ordered = False
        prev = v
print(count, total, ordered)
