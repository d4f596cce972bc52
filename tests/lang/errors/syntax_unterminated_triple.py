# SyntaxError: an unterminated triple-quoted string.
print("never printed")
s = """abc

more
