# Equal keys hash equal: 1, 1.0 and True are the same key; -0.0 and 0 too.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d, len(d))
d[0] = "zero"
d[-0.0] = "negzero"
d[False] = "false"
print(d)
big = 2 ** 64
d2 = {big: "big", float(2 ** 53): "float"}
print(d2[2 ** 64], d2[2 ** 53])
d3 = {(1, 2): "t", "12": "s", 12: "i"}
print(d3[(1, 2)], d3["12"], d3[12])
try:
    {[1]: 1}
except TypeError as e:
    print(e)
try:
    d3[{}] = 1
except TypeError as e:
    print(e)
strs = {"": 0, "a": 1, "é": 2, "日本": 3}
print(strs["日本"], strs[""], "é" in strs)
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
