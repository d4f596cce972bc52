# Raising the class instantiates it with no arguments; raising an instance keeps it.
class Oops(Exception):
    created = 0

    def __init__(self, *args):
        Oops.created += 1
        super().__init__(*args)


try:
    raise Oops
except Oops as e:
    print(repr(e), e.args, Oops.created)
inst = Oops("prepared")
try:
    raise inst
except Oops as e:
    print(e is inst, e, Oops.created)


class NeedsArg(Exception):
    def __init__(self, needed):
        super().__init__(needed)


try:
    raise NeedsArg
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise Oops("x") from NeedsArg("cause")
except Oops as e:
    print(repr(e), repr(e.__cause__))


class NotAnException:
    pass


try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
