# Builders that preallocate (list(), tuple(), list.extend) ask __len__ as a length hint.
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("__len__")
        return self.n

    def __iter__(self):
        print("__iter__")
        return iter(range(self.n))


print(list(Sized(2)))
print(tuple(Sized(2)))
x = [9]
x.extend(Sized(1))
print(x)
print(sorted(Sized(3), reverse=True))
print([v for v in Sized(2)])
print(set(Sized(2)))


class Liar:
    def __len__(self):
        return 100

    def __iter__(self):
        return iter("ab")


print(list(Liar()), tuple(Liar()), len(Liar()))
