# A generator is only an iterator: no len, indexing, reversing, calling or arithmetic,
# and the error messages name the 'generator' type.
def gen():
    yield 1

g = gen()
attempts = [
    ("len", lambda: len(g)),
    ("index", lambda: g[0]),
    ("slice", lambda: g[1:2]),
    ("reversed", lambda: reversed(g)),
    ("call", lambda: g()),
    ("add", lambda: g + 1),
    ("attribute", lambda: g.missing),
    ("compare", lambda: g < g),
    ("setattr", lambda: setattr(g, "x", 1)),
]
for name, f in attempts:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)
print(bool(g), g == g, g != gen(), hash(g) == hash(g))
print(next(g), next(g, "end"))
d = {g: "generators are hashable"}
print(d[g])
print(type(g).__name__, isinstance(g, type(gen())))
