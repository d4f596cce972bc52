# Indexing strings by code point, including non-ASCII.
s = "héllo wörld ✓ 日本"
print(len(s))
print(s[0], s[1], s[-1], s[-2], s[12])
for i in range(len(s)):
    print(i, s[i], ord(s[i]))
t = "abc"
print(t[0] + t[-1], t[-3])
print("😀x"[0], "😀x"[1], len("😀x"))
