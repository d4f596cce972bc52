# Class attributes are shared until an instance attribute shadows them.
class Box:
    items = []
    size = 0

    def add(self, x):
        self.items.append(x)
        self.size += 1


a = Box()
b = Box()
a.add(1)
b.add(2)
print(Box.items, a.items, b.items, a.items is b.items)
print(Box.size, a.size, b.size)
a.items = ["own"]
print(a.items, b.items, Box.items)
del a.items
print(a.items)
Box.size = 100
c = Box()
print(a.size, c.size)
Box.items = []
print(a.items, b.items)
