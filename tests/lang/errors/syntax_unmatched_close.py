# SyntaxError: a stray closing bracket.
print("never printed")
x = (1 + 2))
