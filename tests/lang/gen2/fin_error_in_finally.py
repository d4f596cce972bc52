# An exception raised in a finally while a dropped generator is being closed is not
# propagated: it is reported on stderr ("Exception ignored in: <generator object ...>")
# and the program goes on.
def bad(tag):
    try:
        yield tag
    finally:
        print("finally of", tag, "raises")
        raise ValueError("error in " + tag)

g = bad("dropped")
next(g)
g = None
print("after drop")

def keeps_going():
    g = bad("local")
    next(g)
    return "returned normally"

print(keeps_going())

try:
    g = bad("while handling")
    next(g)
    raise KeyError("original")
except KeyError as e:
    g = None
    print("still handling", repr(e))

for x in bad("loop"):
    break
print("after loop")
