# Docstrings of classes, methods and functions; __doc__ is None without one.
class Documented:
    """A documented class."""

    def method(self):
        """Method docs."""
        return 1

    def bare(self):
        return 2


class Undocumented:
    x = 1


def func():
    """Function docs,
    on two lines."""


print(Documented.__doc__)
print(Documented.method.__doc__, Documented().method.__doc__)
print(Documented.bare.__doc__, Undocumented.__doc__)
print(func.__doc__)
print((lambda: 0).__doc__)
