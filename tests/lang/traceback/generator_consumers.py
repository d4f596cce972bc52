# Generators consumed by builtins and by a comprehension.
# corpus: full-stderr
def halves(values):
    for v in values:
        yield v / 2

print(sum(halves([2, 4])))
print([h for h in halves([2, "x"])])
