# A dropped generator that yields in its finally: "generator ignored GeneratorExit",
# reported on stderr as an ignored exception; the program continues.
def stubborn():
    try:
        yield 1
    finally:
        print("finally: yielding again")
        yield 2
        print("never printed")

g = stubborn()
next(g)
g = None
print("after drop")

def swallows():
    while True:
        try:
            yield
        except GeneratorExit:
            print("swallowing GeneratorExit")

s = swallows()
next(s)
del s
print("end")
