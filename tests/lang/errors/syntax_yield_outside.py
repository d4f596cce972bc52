# SyntaxError: yield outside a function.
print("never printed")
yield 1
