# corpus: full-stderr
# An IndentationError is marked with a single caret, whatever its extent.
print("never printed")
if True:
print("body")
