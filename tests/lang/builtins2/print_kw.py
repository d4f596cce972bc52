# print(): sep=, end=, file=, flush= and their errors.
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="|")
print("x", end="\n")
print(1, 2, sep=None, end=None)
print()
print("", "")
print(1, [2, "3"], (4,), {5: "6"}, None, True, 2.5, -7, 10**30)


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.parts.append("<flush>")


o = Out()
print("to", "file", sep="+", file=o)
print("again", file=o, flush=True)
print(o.parts)
print("stdout", file=None)
for bad in [dict(sep=1), dict(end=2), dict(foo=3)]:
    try:
        print("x", **bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)


class S:
    def __str__(self):
        return "S!"


print(S(), [S()][0], sep="~")
