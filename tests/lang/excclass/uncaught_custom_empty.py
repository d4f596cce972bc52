# An uncaught custom exception with no message prints just its name.
class Empty(LookupError):
    pass


def go():
    raise Empty


print("start")
go()
