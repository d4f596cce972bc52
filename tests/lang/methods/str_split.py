# str.split/rsplit/splitlines/partition/rpartition.
print("a b  c".split(), "  a b  ".split(), "".split(), "   ".split(), "a\tb\nc\x0bd\x1ce".split())
print("a,b,,c".split(","), ",a,".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "  a b  ".split(maxsplit=1))
print("  a b  ".rsplit(maxsplit=1), "a::b::c".split("::"), "é€é".split("€"), "x".split("x"))
print("a,b".split(",", maxsplit=0), "a b".split(sep=None), "a\u3000b\u2003c".split(), "abc".split("abcd"))
print("one two three".rsplit(" ", 5), "a--b--".rsplit("--"), "a b".split(" ", -1))
for args, kw in [((1,), {}), (("",), {}), ((), {"maxsplit": "x"}), ((), {"foo": 1}), ((",", 1, 2), {})]:
    try:
        print("a b".split(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("a\nb\r\nc\rd\x0ce\x1cf\u2028g".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("x\n\ny".splitlines(keepends=True), "no breaks".splitlines(), "\n".splitlines())
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("é€é".partition("€"), "abc".partition("abc"))
for m in ("partition", "rpartition"):
    for arg in (1, ""):
        try:
            getattr("abc", m)(arg)
        except (TypeError, ValueError) as e:
            print(m, type(e).__name__, e)
