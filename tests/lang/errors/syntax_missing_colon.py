# SyntaxError: a missing colon.
print("never printed")
if 1 > 0
    print("yes")
