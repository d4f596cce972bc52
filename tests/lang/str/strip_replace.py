# strip/lstrip/rstrip and replace.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcba".strip("ab"), "<<a>>".strip("<>"), repr("aaa".strip("a")))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("z", "y"))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("b", ""))
print("ñañaña".replace("ñ", "n"))
print("a.b.c".replace(".", "::", 0), "a.b.c".replace(".", "::", -1))
print(repr("".strip()), repr(" ".strip()))
