# startswith/endswith, lower/upper.
s = "Hello World"
print(s.startswith("Hello"), s.startswith("hello"), s.startswith(""), s.endswith("World"))
print(s.endswith("d"), s.endswith("Worl"), s.startswith("World", 6), s.startswith(("a", "H")))
print(s.endswith(("x", "y")), "".startswith(""), "abc".startswith("abcd"))
print(s.lower(), s.upper(), "MiXeD 123 !?".lower(), "MiXeD 123 !?".upper())
print("abc".upper().lower(), "".upper())
print(s.lower().startswith("hello"))
