# A change of case costs half an edit: True, False and None are builtins to suggest.
# corpus: full-stderr
def f(Total):
    return total


try:
    f(1)
except NameError:
    try:
        x = true
    except NameError:
        try:
            y = Flase
        except NameError:
            z = none
