# A custom exception caught by its class, its base, Exception, BaseException and bare except.
class E1(Exception):
    pass


class E2(E1):
    pass


class Sibling(Exception):
    pass


handlers = {"exact": E2, "base": E1, "exception": Exception,
            "baseexception": BaseException, "sibling": Sibling,
            "tuple": (Sibling, E1), "lookup": LookupError}
for name, cls in handlers.items():
    try:
        try:
            raise E2("e2")
        except cls as e:
            print(name, "caught", type(e).__name__)
    except E2 as e:
        print(name, "escaped to outer", e)
try:
    raise E1("bare")
except:
    print("bare except caught")
