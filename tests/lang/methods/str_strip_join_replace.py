# strip family, join, replace, removeprefix/removesuffix.
print(repr("  a b \t\n".strip()), repr("xxaxx".strip("x")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("\u3000é \u2003".strip()), repr("€aé€".strip("€é")), repr("".strip()), repr("abc".strip("")))
print(repr("  x ".lstrip(None)), repr("  x ".rstrip()), repr("aaa".strip("a")))
for m in ("strip", "lstrip", "rstrip"):
    try:
        getattr("x", m)(1)
    except TypeError as e:
        print(type(e).__name__, e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), "é".join(["a", "b"]), " ".join(("x",)))
print("+".join(x for x in "ab"), ", ".join({"k": 1, "j": 2}), "".join(map(str, range(5))))
for arg in ([1], ["a", 2], 5, [None]):
    try:
        print("-".join(arg))
    except TypeError as e:
        print(type(e).__name__, e)
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("abc".replace("x", "y"), "é€é".replace("é", "e"), "aaaa".replace("aa", "b"), "abc".replace("b", ""))
print("abc".replace("a", "x", 0), "abc".replace("a", "x", -1), "".replace("", "x"))
for args in [(1, "x"), ("a", 1), ("a",), ("a", "b", "c")]:
    try:
        print("abc".replace(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "abc".replace(old="a", new="b")
except TypeError as e:
    print(type(e).__name__, e)
print("prefix_x".removeprefix("prefix_"), "x".removeprefix("y"), "a.py".removesuffix(".py"), "a".removesuffix(""))
for m in ("removeprefix", "removesuffix"):
    try:
        getattr("a", m)(1)
    except TypeError as e:
        print(type(e).__name__, e)
