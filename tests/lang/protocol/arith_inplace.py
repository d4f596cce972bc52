# In-place operators: __iadd__ mutates and returns self; without it, x += y uses __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("__add__")
        return Bag(self.items + list(other))

    def __repr__(self):
        return "Bag(" + repr(self.items) + ")"


a = Bag([1])
alias = a
a += [2, 3]
print(a, alias, a is alias)
b = a + [4]
print(b, a)


class Frozen:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Frozen(self.v + other)

    def __mul__(self, other):
        return Frozen(self.v * other)


f = Frozen(1)
g = f
f += 10
f *= 3
print(f.v, g.v, f is g)


class Decline:
    def __init__(self, v):
        self.v = v

    def __isub__(self, other):
        print("__isub__ declines")
        return NotImplemented

    def __sub__(self, other):
        return Decline(self.v - other)


d = Decline(10)
d -= 4
print(d.v)


class Every:
    def __init__(self):
        self.log = []

    def __ior__(self, o): self.log.append("|="); return self
    def __iand__(self, o): self.log.append("&="); return self
    def __ixor__(self, o): self.log.append("^="); return self
    def __ilshift__(self, o): self.log.append("<<="); return self
    def __irshift__(self, o): self.log.append(">>="); return self
    def __imod__(self, o): self.log.append("%="); return self
    def __ifloordiv__(self, o): self.log.append("//="); return self
    def __itruediv__(self, o): self.log.append("/="); return self
    def __ipow__(self, o): self.log.append("**="); return self
    def __imul__(self, o): self.log.append("*="); return self


e = Every()
e |= 1; e &= 1; e ^= 1; e <<= 1; e >>= 1; e %= 1; e //= 1; e /= 1; e **= 1; e *= 1
print(e.log)


class Holder:
    def __init__(self):
        self.b = Bag([])
        self.d = {"k": Bag([])}


h = Holder()
h.b += [1]
h.d["k"] += [2]
print(h.b, h.d)
lst = [Frozen(2)]
lst[0] += 5
print(lst[0].v)


class Rev:
    def __radd__(self, other):
        return "Rev.__radd__ " + repr(other)


n = 5
n += Rev()
print(n)
