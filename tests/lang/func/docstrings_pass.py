# Docstrings and pass bodies do not change behaviour.
def documented(x):
    """Return twice x.

    A multi-line docstring.
    """
    return 2 * x
def empty():
    pass
def only_doc():
    "just a docstring"
print(documented(21), empty(), only_doc())
