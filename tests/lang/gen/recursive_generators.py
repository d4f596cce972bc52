# Recursion through generators.
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest
print(list(permutations([1, 2, 3])))
print(["".join(p) for p in permutations(list("abc"))][:4])
def tree_walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        for line in tree_walk(child, depth + 1):
            yield line
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in tree_walk(tree):
    print(line)
def subsets(xs):
    if not xs:
        yield []
        return
    for s in subsets(xs[1:]):
        yield s
        yield [xs[0]] + s
print(sorted(subsets([1, 2, 3])))
def count_depth(n):
    if n > 0:
        for v in count_depth(n - 1):
            yield v
    yield n
print(sum(count_depth(50)))
