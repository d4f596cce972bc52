# Generators passed to built-ins that consume them.
def gen(n):
    for i in range(n):
        yield i
print(list(enumerate(gen(3))), list(zip(gen(3), gen(10))), list(map(str, gen(3))))
print(list(filter(None, gen(4))), sorted(gen(4), reverse=True), sum(gen(5)))
print(dict((i, i * i) for i in gen(3)), set(gen(3)), tuple(gen(2)))
print(min(gen(5)), max(gen(5)), any(gen(1)), all(gen(0)))
g = gen(5)
print(list(zip(g, g)))
g = gen(5)
print(5 in gen(10), 3 in g, list(g))
a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
print([*gen(3), *gen(2)])
print(*gen(3))
