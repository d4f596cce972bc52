# Strings are immutable; methods return new strings.
s = "hello"
t = s.upper()
print(s, t)
try:
    s[0] = "H"
except TypeError as e:
    print(e)
u = s
s += " world"
print(s, u)
try:
    "abc"[5]
except IndexError as e:
    print(e)
