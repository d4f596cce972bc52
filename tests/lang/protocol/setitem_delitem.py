# __setitem__ and __delitem__ with ints, slices and arbitrary keys.
class Log:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        print("set", repr(key), repr(value))
        self.data[repr(key)] = value

    def __delitem__(self, key):
        print("del", repr(key))
        self.data.pop(repr(key), None)

    def __getitem__(self, key):
        return self.data[repr(key)]


log = Log()
log[0] = "zero"
log["k"] = [1]
log[1:3] = "slice"
log[::2] = "step"
log[1, "a"] = "tuple"
print(log[0], log["k"], log[1:3], log[1, "a"])
del log[0]
del log[2:]
del log[(1, "a")]
print(sorted(log.data))
log["k"] += [2]
print(log["k"])
x = log[0] = log[1] = 5
print(x)


class ReadOnly:
    def __getitem__(self, k):
        return k


ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)
