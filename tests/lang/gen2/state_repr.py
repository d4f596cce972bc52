# repr() of generators: <generator object QUALNAME at 0x...>.
def plain():
    yield

def outer():
    def inner():
        yield
    def deeper():
        def deepest():
            yield
        return deepest()
    return inner(), deeper(), (c for c in "x")

print(plain())
print(repr(plain()))
for gen in outer():
    print(gen)
print((i for i in range(3)))
print(str(plain()).startswith("<generator object plain at 0x"))
g = plain()
next(g)
print(g)
print(list(g), g)
print([plain()][0])
print(f"{plain()!r}")
