# ord and chr round trips across the Unicode range.
for c in ["a", "Z", "0", " ", "\n", "é", "€", "日", "😀", "\U0010FFFF"]:
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(65), chr(97), chr(8364), chr(128512), chr(0x4e2d))
print("".join(chr(ord("a") + i) for i in range(26)))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
