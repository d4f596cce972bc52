# Truth testing calls __bool__, then __len__, else the object is true.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool called")
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("len called")
        return self.n


class Plain:
    pass


print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(2)), bool(Plain()))
if L(0):
    print("no")
else:
    print("empty is false")
print(not B(False), not L(1))
print(B(False) or "fallback", L(3) and "second")
n = 0
w = L(2)
while w:
    w.n -= 1
    n += 1
print("loops", n)
print([x.n for x in [L(0), L(1), L(2)] if x])
print(any([B(False), B(True)]), all([L(1), L(0)]))
x = "yes" if B(True) else "no"
print(x)


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


print(bool(Both()), len(Both()))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
