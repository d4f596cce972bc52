# str.find/rfind/index/rindex/count/startswith/endswith with start/end and errors.
s = "abcabcé€abc"
print(s.find("c"), s.rfind("c"), s.find("é"), s.find("€a"), s.find("zz"), s.find(""), s.rfind(""))
print(s.find("a", 1), s.find("a", -3), s.find("a", 1, 3), s.find("c", None, None), s.rfind("a", 0, -1))
print(s.find("", 20), s.find("", 11), s.rfind("", 3, 5), s.find("abc", -100, 100), s.rfind("c", -2))
print(s.index("b"), s.rindex("b"), s.index("€"), s.count("abc"), s.count("c", 3), s.count(""))
print("aaaa".count("aa"), "abc".count("", 5), "abc".count("", 1, 2), "".count(""), "x".count("", -5))
print(s.startswith("abc"), s.startswith("bc", 1), s.startswith(("x", "ab")), s.startswith("", 11))
print(s.startswith("", 12), s.endswith("abc"), s.endswith("é€", 0, 8), s.endswith(("é", "c")))
print(s.endswith("a", 0, 1), "abc".startswith(("a", 1)), "".startswith(""), "".endswith("", 0, 0))
for m, args in [("find", (1,)), ("find", ("b", "x")), ("index", ("z",)), ("rindex", ("z",)),
                ("count", (None,)), ("startswith", (1,)), ("endswith", (["a"],)),
                ("startswith", ((1, "a"),)), ("find", ()), ("index", ("a", 1, 2, 3))]:
    try:
        print(getattr(s, m)(*args))
    except (TypeError, ValueError) as e:
        print(m, type(e).__name__, e)


class Ix:
    def __index__(self):
        return 2


print(s.find("c", Ix()), "abc" in s, "é€" in s, "" in s, "x" not in s)
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)
