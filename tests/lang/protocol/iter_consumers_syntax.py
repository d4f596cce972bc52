# An iterator class consumed by language constructs: in, unpacking, star-args, displays.
class Letters:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == len(self.s):
            raise StopIteration
        self.i += 1
        return self.s[self.i - 1]


print("c" in Letters("abc"), "z" in Letters("abc"), "z" not in Letters("abc"))
a, b, c = Letters("xyz")
print(a, b, c)
first, *rest = Letters("hello")
print(first, rest)
*init, last = Letters("abc")
print(init, last)
print([*Letters("ab"), *Letters("cd")])
print({*Letters("aab")} == {"a", "b"})
print(*Letters("xyz"), sep="-")
print("".join(Letters("joined")), ",".join(Letters("abc")))
print([ch.upper() for ch in Letters("comp")])
print({ch: ord(ch) for ch in Letters("ab")})
print(list(ch * 2 for ch in Letters("gen")))
print(dict(zip(Letters("ab"), Letters("cd"))))


def f(*args):
    return args


print(f(*Letters("args")))
try:
    x, y = Letters("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = Letters("ab")
except ValueError as e:
    print(type(e).__name__, e)
