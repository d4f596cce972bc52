# Implicit dunder calls look the method up on the type, not on the instance.
class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "C-repr"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance-repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
C.__len__ = lambda self: 7
print(len(c))


def new_str(self):
    return "patched str"


C.__str__ = new_str
print(str(c), c)


class D:
    pass


d = D()
d.__iter__ = lambda: iter([1])
try:
    iter(d)
except TypeError as e:
    print(type(e).__name__, e)
D.__iter__ = lambda self: iter([1, 2])
print(list(d))
