import random
for s in ["", "a", "hello", "Hello, World!", "héllo", "☃ snow", "x" * 1000, "\x00abc"]:
    random.seed(s)
    print(repr(s[:12]), random.random(), random.randint(1, 1000))
random.seed("hello", version=1)
print(random.random())
random.seed("", version=1)
print(random.random())
random.seed(version=2, a="kw")
print(random.random())
