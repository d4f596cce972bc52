# reversed() calls __reversed__, or walks a sequence with __len__ and __getitem__ backwards.
class Custom:
    def __reversed__(self):
        return iter(["z", "y"])

    def __iter__(self):
        return iter(["y", "z"])


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        print("getitem", i)
        if not 0 <= i < 3:
            raise IndexError(i)
        return i * 100


print(list(reversed(Custom())), list(Custom()))
print(list(reversed(Seq())))
r = reversed(Seq())
print(next(r))


class IterOnly:
    def __iter__(self):
        return iter([1, 2])


try:
    reversed(IterOnly())
except TypeError as e:
    print(type(e).__name__, e)
