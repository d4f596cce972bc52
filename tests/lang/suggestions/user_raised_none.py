# No suggestion: a NameError without a name or with one that is not a str, a subclass
# of NameError or AttributeError, an AttributeError without obj (obj=None is one: dir(None)
# has nothing close).
# corpus: full-stderr
class Custom(NameError):
    pass


class CustomAttr(AttributeError):
    pass


try:
    raise NameError("no name given")
except NameError:
    try:
        raise NameError("not a str", name=5)
    except NameError:
        try:
            raise Custom("a subclass", name="pritn")
        except NameError:
            try:
                raise CustomAttr("a subclass", name="apend", obj=[])
            except AttributeError:
                try:
                    raise AttributeError("no obj", name="apend")
                except AttributeError:
                    raise AttributeError("obj None", name="apend", obj=None)
