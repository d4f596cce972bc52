# True, False, None and identifiers that look like keywords.
print(True, False, None)
print(type(True), type(None))
True_ = 1
none = 2
iff = 3
_ = 4
__x = 5
print(True_, none, iff, _, __x)
café = "unicode identifier"
print(café)
π = 3.14
print(π)
