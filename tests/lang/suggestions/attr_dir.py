# The candidates are what dir() returns, a __dir__ of the class included; when dir()
# fails, or returns something that is not a str, there is no suggestion. The
# attribute that failed is no candidate, but one close to it is.
# corpus: full-stderr
class Listed:
    def __dir__(self):
        return ["alpha", "beta"]


class Failing:
    def __dir__(self):
        raise ValueError("no dir")


class Odd:
    def __dir__(self):
        return [1, 2]


class Sized:
    sizes = []

    @property
    def size(self):
        raise AttributeError("size is not known")


try:
    Listed().alpah
except AttributeError:
    try:
        Failing().alpah
    except AttributeError:
        try:
            Odd().alpah
        except AttributeError:
            Sized().size
