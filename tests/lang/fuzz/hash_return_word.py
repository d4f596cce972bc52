# Found by tests/fuzz: the int a __hash__ returns is the hash as it is when it
# fits in a machine word; only larger ints are hashed again (and -1 becomes -2).
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for v in (-2**63, 2**62, 2**61, 2**61 - 1, 2**63 - 1, -1, 2**64, 12345, True):
    print(v, hash(H(v)))
