# IndentationError: a block with no body.
print("never printed")
if True:
print("body")
