# Errors inside comprehensions and generator expressions.
# corpus: full-stderr
values = [1, 2, 0, 4]
try:
    inverses = [1 / v for v in values]
except ZeroDivisionError as e:
    print("caught:", e)
lookup = {"a": 1}
found = {k: lookup[k] for k in "ab"}
