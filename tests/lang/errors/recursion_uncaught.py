# Uncaught RecursionError: exit status 1 and the CPython message.
def forever(n):
    return forever(n + 1) + 1
print("recursing")
forever(0)
