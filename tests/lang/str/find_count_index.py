# find, count and index.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.find(""), s.find("dog", 0, 10))
print(s.count("the"), s.count("o"), s.count("x"), s.count(""), "aaaa".count("aa"))
print(s.index("quick"), s.index("o", 15))
print("日本語日本".find("本"), "日本語日本".find("本", 2), "日本語日本".count("日本"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.find("o", -5), s.count("o", 10, 20))
