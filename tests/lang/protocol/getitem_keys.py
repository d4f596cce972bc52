# __getitem__ receives ints, slice objects, tuples and any other key unchanged.
class Show:
    def __getitem__(self, key):
        return key


s = Show()
print(s[0], s[-1], s["key"], s[None], s[1.5])
print(s[1:2], s[:], s[::2], s[1:10:3], s[-1::-1])
print(s[1, 2], s[1:2, 3], s[..., 0], s[()])
sl = s[2:8:2]
print(type(sl).__name__, sl.start, sl.stop, sl.step, sl.indices(5))


class Reversed:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Reversed(reversed(self.data[::-1][i]))
        return self.data[len(self.data) - 1 - i]

    def __repr__(self):
        return "Reversed(" + repr(self.data) + ")"


r = Reversed([1, 2, 3, 4, 5])
print(r[0], r[4], r[1:3], r[::2])
try:
    r[9]
except IndexError as e:
    print(type(e).__name__, e)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, pos):
        x, y = pos
        return self.cells.get((x, y), ".")

    def __setitem__(self, pos, value):
        self.cells[pos] = value


g = Grid()
g[1, 2] = "#"
g[0, 0] = "@"
for y in range(3):
    print("".join(g[x, y] for x in range(3)))
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
