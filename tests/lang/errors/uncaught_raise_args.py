# An uncaught exception with several args prints the args tuple.
print("raising")
raise ValueError("bad value", 42)
