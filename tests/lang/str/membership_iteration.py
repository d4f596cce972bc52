# `in`, iteration and len of strings.
s = "hello, wörld"
print("lo" in s, "wö" in s, "x" in s, "" in s, "hello, wörld!" in s)
print(len(s), len(""), len("日本語"), len("a\u0301"))
for ch in "añ✓":
    print(ch, ord(ch))
print(list("añ✓"), tuple("ab"))
print([c for c in "banana" if c != "a"])
count = 0
for ch in s:
    if ch in "aeiouö":
        count += 1
print(count)
