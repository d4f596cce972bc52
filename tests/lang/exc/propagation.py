# Exceptions propagate through several frames, running finally blocks on the way.
def a(n):
    try:
        return b(n) + 1
    finally:
        print("a finally")
def b(n):
    try:
        return c(n) * 2
    finally:
        print("b finally")
def c(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n
print(a(5))
try:
    print(a(-1))
except ValueError as e:
    print("caught at top:", e)
