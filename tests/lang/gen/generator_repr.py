# repr of generator objects (addresses are normalized by the test harness).
def my_gen():
    yield 1
g = my_gen()
print(g)
print(repr(g).startswith("<generator object my_gen at 0x"))
h = (x for x in [])
print(repr(h).startswith("<generator object <genexpr> at 0x"))
print(type(g), type(h), type(g) == type(h))
