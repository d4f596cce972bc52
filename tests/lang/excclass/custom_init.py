# A custom __init__ that calls super().__init__ and stores extra attributes.
class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason


class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "not found")
        self.path = path


try:
    raise NotFound("/index")
except HTTPError as e:
    print(type(e).__name__, e.status, e.reason, e.path, e.args)
    print(str(e), repr(e))


class OneArg(Exception):
    def __init__(self, msg):
        super().__init__("wrapped: " + msg)
        self.raw = msg


try:
    raise OneArg("disk full")
except Exception as e:
    print(e, "|", e.raw, "|", e.args)


class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


e = NoSuper(1, 2)
print(e.args, str(e), e.total, repr(e))


class Kw(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code


print(Kw("m", code=3).code, Kw("n").args)
try:
    ValueError(code=1)
except TypeError as e:
    print(type(e).__name__, e)
