# Every kind of escape sequence in ordinary string literals.
s = "tab:\t|newline:\n|backslash:\\|quote:\'|dquote:\"|"
print(s)
print(repr(s))
print(repr("\a\b\f\v\r\0"))
print(len("\a\b\f\v\r\0"))
print("\101\102\103", "\x41\x42\x43", "\u0041\u00e9\u4e2d", "\U0001F600")
print(repr("\7\77\777"))
print(ord("\x7f"), ord("\177"), ord("\u20ac"), ord("\U0010ffff"))
print("line one\
 continued")
print('single \'quoted\' "string"')
print("double \"quoted\" 'string'")
print(len("\U0001F600"), len("\\n"))
