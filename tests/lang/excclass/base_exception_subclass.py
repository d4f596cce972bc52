# A BaseException subclass escapes `except Exception` but not `except BaseException`.
class Abort(BaseException):
    pass


class Soft(Exception):
    pass


def run(exc):
    try:
        try:
            raise exc
        except Exception as e:
            print("Exception handler:", repr(e))
    except BaseException as e:
        print("BaseException handler:", repr(e))


run(Soft("s"))
run(Abort("a"))
run(Abort)
print(issubclass(Abort, Exception), issubclass(Abort, BaseException))
try:
    raise Abort("final")
except:
    print("bare except catches it too")
