# SyntaxError: continue outside a loop.
print("never printed")
continue
