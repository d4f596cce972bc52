# A dict-like container class exercising the whole container protocol.
class OrderedBag:
    def __init__(self):
        self._keys = []
        self._vals = {}

    def __setitem__(self, k, v):
        if k not in self._vals:
            self._keys.append(k)
        self._vals[k] = v

    def __getitem__(self, k):
        if k not in self._vals:
            raise KeyError(k)
        return self._vals[k]

    def __delitem__(self, k):
        del self._vals[k]
        self._keys.remove(k)

    def __contains__(self, k):
        return k in self._vals

    def __len__(self):
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys)

    def items(self):
        for k in self:
            yield k, self[k]

    def __repr__(self):
        return "{" + ", ".join("%r: %r" % kv for kv in self.items()) + "}"


b = OrderedBag()
for word in "the cat saw the other cat".split():
    b[word] = b[word] + 1 if word in b else 1
print(b, len(b), list(b))
del b["saw"]
print(b, "saw" in b, "cat" in b)
try:
    b["dog"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del b["dog"]
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(b, key=lambda k: -b[k]), dict(b.items()))
print(bool(b), bool(OrderedBag()))
