# Difference: rill has no traceback objects. exc.__traceback__ is None, and __exit__
# receives None as its third argument; CPython passes a traceback object.
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__)

class CM:
    def __enter__(self):
        return self
    def __exit__(self, typ, value, tb):
        print(typ.__name__, value, tb)
        return True

with CM():
    raise ValueError("inside")
