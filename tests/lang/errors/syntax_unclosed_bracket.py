# SyntaxError: an unclosed bracket; nothing runs.
print("never printed")
x = [1, 2,
y = 3
