# center/ljust/rjust/zfill/expandtabs, translate/maketrans, format, encode, dunders.
print(repr("abc".center(9)), repr("abc".center(6, "*")), repr("abc".center(7, "*")), repr("ab".center(5, "*")))
print(repr("abc".ljust(6, "é")), repr("abc".rjust(5)), repr("abc".center(2)), repr("é".rjust(3, "€")))
print("42".zfill(5), "-42".zfill(6), "+x".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3))
for args in [(5, "ab"), (5, 1), ("x",), (5, "")]:
    try:
        print("abc".center(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nd\te".expandtabs(3)))
print(repr("\t".expandtabs(0)), repr("x\ty".expandtabs(tabsize=2)), repr("é\tx".expandtabs(4)))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t), "abc".translate({97: None, 98: "XX", 99: 100}))
print(str.maketrans("ab", "cd", "e"), str.maketrans({"a": 1, 98: "x"}), "hello".translate(str.maketrans("", "", "l")))
print("abc".translate([None, "x"] * 50), "é€".translate({233: "e", 8364: "E"}))
for args in [(1,), ({"ab": 1},), ({1.5: 1},), ("ab", "c"), (1, "c"), ("ab", "cd", 1), ("a", 1)]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}]:
    try:
        print("abc".translate(table))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("{} and {}".format(1, "two"), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>5}|{:<5}|{:^5}".format("a", "b", "c"), "{name}".format_map({"name": "map"}))
print("ab".__len__(), "ab".__contains__("a"), "abc".__getitem__(1), "a".__add__("b"), "ab".__mul__(2))
print("%s-%d" % ("x", 5), "%s".__mod__(1), "x".__eq__("x"), "a".__lt__("b"), "a".__eq__(1))
print("ab" * 2, 2 * "ab", "ab" * -1, "abc"[::-1], "héllo"[1], "héllo"[1:3])
print("ab".__rmul__(3), "x".__hash__() == hash("x"), "x".__str__(), "é".__repr__(), format("ab", ">4"))
