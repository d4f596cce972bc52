# A free variable read before its enclosing function bound it is a NameError with a
# name (and a suggestion from the globals); an unbound local is an UnboundLocalError,
# whose name is None and which gets no suggestion, however close a name is.
# corpus: full-stderr
results = []


def unbound_local():
    total = 1
    del total
    return total


def outer():
    def inner():
        return result
    value = inner()
    result = 1
    return value


try:
    unbound_local()
except UnboundLocalError as e:
    print(type(e).__name__, e.name)
    outer()
