# An uncaught exception with a custom __str__ uses it on the last stderr line.
class Detailed(RuntimeError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return "failed with code %d" % self.code


def work():
    try:
        1 / 0
    except ZeroDivisionError:
        raise Detailed(7)


work()
