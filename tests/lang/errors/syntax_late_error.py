# SyntaxError: an error late in the file stops the whole file from running.
print("never printed")
def f():
    return 1
print(f())
x = 1 +
