# __repr__ and __str__: which one each formatting path uses.
class Both:
    def __repr__(self):
        return "Both<repr>"

    def __str__(self):
        return "Both<str>"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "just str"


b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print(f"{b} {b!r} {b!s} {r}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(format(b), format(r, ""))
print([b, r], (b,), {"k": b}, {1: r})
print(repr(str(b)), ascii(b))
print(repr(s).startswith("<__main__.StrOnly object at"))
print(str([s]).startswith("[<__main__.StrOnly object"))


class Bad:
    def __repr__(self):
        return 42


try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
