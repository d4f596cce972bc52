# str.join of a generator; `in` against a generator stops at the first match and
# leaves the generator positioned after it.
def words():
    for w in ["alpha", "beta", "gamma"]:
        print("  yield", w)
        yield w

print("-".join(words()))
print("".join(c.upper() for c in "abc"))
print(", ".join(str(i) for i in range(5)))
try:
    " ".join(x for x in [1, 2])
except TypeError as e:
    print("TypeError:", e)
g = words()
print("beta" in g)
print("rest:", list(g))
g = words()
print("delta" in g, list(g))
print(3 not in (x for x in range(5)))
print((1, 2) in ((i, i + 1) for i in range(3)))
