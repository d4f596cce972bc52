# An application hierarchy of exceptions: handlers match the most specific clause listed first.
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    pass


class NetworkError(AppError):
    pass


class Timeout(NetworkError, TimeoutError):
    pass


def fail(kind):
    if kind == 0:
        raise MissingKey("port")
    if kind == 1:
        raise Timeout("slow after 30s")
    if kind == 2:
        raise NetworkError("down")
    if kind == 3:
        raise AppError()
    raise KeyError("plain")


for kind in range(5):
    try:
        fail(kind)
    except ConfigError as e:
        print("config", type(e).__name__, e)
    except NetworkError as e:
        print("network", type(e).__name__, e)
    except AppError as e:
        print("app", type(e).__name__, repr(e))
    except LookupError as e:
        print("lookup", type(e).__name__, e)
print([c.__name__ for c in MissingKey.__mro__])
print([c.__name__ for c in Timeout.__mro__])
print(issubclass(MissingKey, LookupError), issubclass(Timeout, OSError))
try:
    fail(0)
except KeyError as e:
    print("as KeyError", e)
