# NameError and AttributeError raised by the program: a suggestion needs name= (a
# str), and for AttributeError obj=; only the exact classes get one, not subclasses.
# The message may be empty, or its str() may fail: the suggestion follows anyway.
# corpus: full-stderr
class Custom(NameError):
    pass


class Unprintable:
    def __str__(self):
        raise ValueError("no str")


def attempts():
    yield NameError("custom message", name="pritn")
    yield NameError("no name given")
    yield NameError("not a str", name=5)
    yield Custom("a subclass", name="pritn")
    yield AttributeError("custom", name="apend", obj=[])
    yield AttributeError("no obj", name="apend")
    yield AttributeError("obj None", name="apend", obj=None)
    yield NameError(name="pritn")


for exc in attempts():
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args, repr(e.name))

e = AttributeError("changed later", name="apend", obj=[])
e.name = "cuont"
e.obj = (1, 2)
try:
    raise e
except AttributeError:
    try:
        raise NameError(name="pritn")
    except NameError:
        raise NameError(Unprintable(), name="pritn")
