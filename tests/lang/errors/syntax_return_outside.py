# SyntaxError: return outside a function.
print("never printed")
return 5
