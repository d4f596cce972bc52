# An error deep in a chain of yield from.
# corpus: full-stderr
def leaf(n):
    for i in range(n):
        yield i
    raise LookupError("leaf exhausted")

def middle(n):
    result = yield from leaf(n)
    return result

def top():
    yield from middle(2)

for value in top():
    print(value)
