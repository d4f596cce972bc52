# Exceptions can be stored, compared by identity, and raised later.
errors = []
for thunk in [lambda: 1 / 0, lambda: [][0], lambda: "ok"]:
    try:
        thunk()
    except Exception as e:
        errors.append(e)
print([repr(e) for e in errors])
print([type(e) for e in errors])
try:
    raise errors[0]
except ZeroDivisionError as e:
    print(e is errors[0])
def classify(e):
    if isinstance(e, LookupError):
        return "lookup"
    if isinstance(e, ArithmeticError):
        return "arith"
    return "other"
print([classify(e) for e in errors + [ValueError()]])
print(type(errors[0]) is ZeroDivisionError, type(errors[1]) == IndexError)
