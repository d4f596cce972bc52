# An uncaught custom exception with several args prints the args tuple.
class Multi(ValueError):
    pass


def f(x):
    if x > 2:
        raise Multi("too big", x)
    return f(x + 1)


print("calling")
f(0)
