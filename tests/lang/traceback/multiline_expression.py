# An expression over several lines: the marks run from the start of the failing
# corpus: full-stderr
# expression to the end of its first line.
def total(items):
    return (items[0] +
            items[1] +
            items[2])

print(total([1, 2, 3]))
print(total([1, 2, "3"]))
