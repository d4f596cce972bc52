# __index__ lets an object be used where an integer index is required.
class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


data = list("abcdef")
print(data[Idx(2)], data[Idx(-1)], "xyz"[Idx(1)], (1, 2, 3)[Idx(0)])
print(data[Idx(1):Idx(4)], data[::Idx(2)])
print(list(range(Idx(3))), list(range(Idx(1), Idx(10), Idx(4))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print([0] * Idx(3), "ab" * Idx(2))
print(range(10)[Idx(7)])
data[Idx(0)] = "A"
del data[Idx(1)]
print(data)
try:
    data[Idx("no")]
except TypeError as e:
    print(type(e).__name__, e)


class NoIdx:
    pass


try:
    data[NoIdx()]
except TypeError as e:
    print(type(e).__name__, e)
