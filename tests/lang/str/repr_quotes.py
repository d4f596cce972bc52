# repr() of strings chooses quotes and escapes like CPython.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
         "new\nline", "cr\rx", "nul\x00", "bell\x07", "del\x7f", "esc\x1b[0m",
         "é", "日本", "😀", "\x80\x9f", "", "'", '"', "\\"]
for t in tests:
    print(repr(t))
print(tests[:4])
print(str("it's"), str('say "hi"'))
print(repr(repr("x")))
