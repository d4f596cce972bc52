# SyntaxError: invalid character in an identifier position.
print("never printed")
x = 1 $ 2
