# Generators closed at exit still see the module's globals: their finally blocks can
# read globals bound before and after them, and call module-level functions.
prefix = "closing"

def gen(tag):
    try:
        yield tag
    finally:
        print(prefix, tag, "| suffix:", suffix, "| helper:", helper(tag))

def started(tag):
    g = gen(tag)
    next(g)
    return g

first = started("first")
second = started("second")

def helper(t):
    return t.upper()

suffix = "bound after the generators"
print("last statement")
