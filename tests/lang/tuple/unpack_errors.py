# Unpacking with the wrong number of values.
def attempt(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e), e)

def too_many():
    a, b = 1, 2, 3
def too_few():
    a, b, c = [1, 2]
def starred_short():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def one_to_two():
    a, b = "x"
attempt(too_many)
attempt(too_few)
attempt(starred_short)
attempt(not_iterable)
attempt(one_to_two)
