# Unpacking errors: a statement that is the whole line has no marks, one inside a
# corpus: full-stderr
# comprehension or call does.
pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    print(a + b)
sums = [a + b for a, b in [(1, 2), (3,)]]
