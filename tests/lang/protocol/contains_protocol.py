# `in` calls __contains__, else iterates with __iter__, else uses __getitem__.
class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0


class Iterable:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])


class Indexed:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        print("getitem", i)
        return i + 1


class Truthy:
    def __contains__(self, x):
        return "non-empty" if x else ""


print(4 in Evens(), 3 in Evens(), 3 not in Evens())
print(2 in Iterable(), 9 in Iterable())
print(2 in Indexed(), 7 not in Indexed())
print(1 in Truthy(), 0 in Truthy())
try:
    1 in object()
except TypeError as e:
    print(type(e).__name__, e)


class Nan:
    def __eq__(self, other):
        return False


n = Nan()
print(n in [n], n == n, [n].count(n), [n].index(n))
