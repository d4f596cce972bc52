# An exception escaping a generator propagates through the for loop.
def gen():
    yield 1
    yield 2
    raise IndexError("generator failed")
for v in gen():
    print("got", v)
