# SyntaxError: invalid syntax.
print("never printed")
x = = 1
