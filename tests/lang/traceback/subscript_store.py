# Storing and deleting through a subscript fail too, and are marked the same way.
# corpus: full-stderr
table = {}
table["a"] = 1
try:
    del table["b"]
except KeyError as e:
    print("no key", e)
key = [1, 2]
table[key] = 3
