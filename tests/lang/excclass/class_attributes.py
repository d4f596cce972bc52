# Exception classes with class-level attributes and methods overridden in subclasses.
class Error(Exception):
    code = 500
    retry = False

    def describe(self):
        return "%s[%d]%s: %s" % (type(self).__name__, self.code,
                                 " retry" if self.retry else "", self)


class BadRequest(Error):
    code = 400


class Unavailable(Error):
    code = 503
    retry = True


for cls in (Error, BadRequest, Unavailable):
    try:
        raise cls("msg for " + cls.__name__)
    except Error as e:
        print(e.describe())
e = BadRequest()
e.code = 418
print(e.describe(), BadRequest.code)
