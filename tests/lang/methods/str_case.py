# Case mapping (Unicode, special casing, final sigma) and the is* predicates.
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "they're bill's", "a1b2", "ǅungla",
         "straße", "ΣΑΣ ΑΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ﬁne", "Ǆ", "ǉ", "σς", "123", "", "éÉ àÀ", "ÿ",
         "Ωmega", "мир МИР", "ß", "ŉ", "ǰ"]
for w in words:
    print(repr(w), w.lower(), w.upper(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
tests = ["", "abc", "ABC", "Abc", "aBC", "123", "1.5", "²³", "½", "Ⅻ", "一", "٣", "abc123", " \t\n", "\u3000",
         "a b", "_x", "x1", "1x", "é", "É", "Ǆ", "ǅ", "ǆ", "Hello World", "Hello world", "HELLO World",
         "ꓐ", "\x00", "\x7f", "a\u200b", "€", "\U0001F600", "ªº"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
try:
    str.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.lower()
except TypeError as e:
    print(type(e).__name__, e)
