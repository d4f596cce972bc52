# Raising an exception class with no message: the last line is just the name.
print("raising RuntimeError")
raise RuntimeError
