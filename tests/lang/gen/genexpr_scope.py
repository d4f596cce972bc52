# Generator expressions see enclosing variables (closures) and keep them alive.
def make(n):
    return (i * n for i in range(3))
g2 = make(2)
g3 = make(3)
print(list(g2), list(g3))
def outer():
    base = 10
    gens = [(base + i + j for j in range(2)) for i in range(3)]
    return [list(g) for g in gens]
print(outer())
def lazy_name():
    items = (v for v in range(3) if v != skip)
    skip = 1
    return list(items)
print(lazy_name())
