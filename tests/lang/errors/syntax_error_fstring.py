# corpus: full-stderr
# An error in an f-string expression shows the expression as CPython compiles it,
# in parentheses, with the caret relative to it.
y = 1
x = f"value: {y z} end"
