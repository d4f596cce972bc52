# NameError(name=) and AttributeError(name=, obj=): keyword-only, None when absent,
# settable and deletable; other keywords are refused as CPython refuses them, and the
# other exception classes take no keywords at all.
def attempt(make):
    try:
        e = make()
    except TypeError as err:
        print("TypeError:", err)
    else:
        print(type(e).__name__, e.args, repr(e.name), repr(getattr(e, "obj", "-")))


class MyName(NameError):
    pass


class WithInit(AttributeError):
    def __init__(self, msg, attr):
        super().__init__(msg, name=attr, obj=msg)


class Plain(Exception):
    pass


attempt(lambda: NameError())
attempt(lambda: NameError("msg", name="x"))
attempt(lambda: NameError(name="x"))
attempt(lambda: NameError("msg", foo=1))
attempt(lambda: NameError("msg", name="x", foo=1))
attempt(lambda: NameError("msg", obj=1))
attempt(lambda: UnboundLocalError("msg", name="u"))
attempt(lambda: AttributeError())
attempt(lambda: AttributeError("msg", name="n", obj=[1]))
attempt(lambda: AttributeError("msg", obj=None))
attempt(lambda: AttributeError("msg", foo=1))
attempt(lambda: AttributeError("msg", name=1, foo=2))
attempt(lambda: AttributeError("msg", name=1, obj=2, foo=3))
attempt(lambda: MyName("m", name="sub"))
attempt(lambda: MyName("m", bad=1))
attempt(lambda: WithInit("m", "attr"))
attempt(lambda: ValueError("msg", name="x"))
attempt(lambda: Plain("msg", name="x"))

e = AttributeError("m", name="n", obj="o")
e.name = 3
e.obj = None
print(e.name, e.obj)
del e.name
del e.obj
print(e.name, e.obj, e.__dict__)
e = NameError("first", name="kept")
e.__init__("second")
print(e.args, e.name)
e.__init__("third", name="again")
print(e.args, e.name, repr(e), str(e))
try:
    NameError.__init__(ValueError(), name="x")
except TypeError as err:
    print("TypeError:", err)
print(hasattr(ValueError(), "name"), hasattr(NameError(), "obj"))
