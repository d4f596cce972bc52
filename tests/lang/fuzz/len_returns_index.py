# Found by tests/fuzz: the result of __len__ goes through __index__, as
# CPython's PyNumber_AsSsize_t does: an object with __index__ is a length.
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return I(self.n)
print(len(L(2)), bool(L(2)), bool(L(0)))
for n in (-1, 2**70):
    try:
        len(L(n))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
