# Without __eq__, == is identity; when both sides return NotImplemented, == falls back to identity.
class Plain:
    pass


class Declines:
    def __eq__(self, other):
        return NotImplemented


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p == None, None == p)
d = Declines()
print(d == d, d == Declines(), d != d, d != 1)
print([p, q].index(q), p in [q], p in [q, p])
print({p: 1}.get(q), {p: 1}.get(p))
