# A custom __str__ on an exception is used by str(), print and the uncaught-error line; repr uses args.
class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(line, col, msg)
        self.line, self.col, self.msg = line, col, msg

    def __str__(self):
        return "%d:%d: %s" % (self.line, self.col, self.msg)


e = ParseError(3, 14, "unexpected token")
print(e)
print(str(e), repr(e))
print(f"error: {e}", [e])


class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"


print(repr(Quiet("x")), str(Quiet("x")), [Quiet()])
try:
    raise ParseError(1, 1, "boom")
except Exception as err:
    print(type(err).__name__, err)
