# finally blocks run before the uncaught exception terminates the program.
def f():
    try:
        raise TypeError("from f")
    finally:
        print("finally in f")
try:
    f()
finally:
    print("finally at top level")
