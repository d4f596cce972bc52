# corpus: full-stderr
# No msg: the type alone; filename None reads "<string>"; an end past the text is
# clipped; a multi-line error is marked to the end of its first line.
e = SyntaxError(None, (None, 2, 2, 'text', 3, 1))
raise e
