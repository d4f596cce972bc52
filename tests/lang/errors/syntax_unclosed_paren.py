# SyntaxError: an unclosed parenthesis at the end of the file.
print("never printed")
print((1, 2)
