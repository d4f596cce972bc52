# The forms of throw(): instance, type, type with a value, and the 3-argument form
# with a None traceback. The exception seen inside the generator is printed.
def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print(" inside:", type(e).__name__, e.args)

g = catcher()
next(g)
print(g.throw(KeyError("k")))
print(g.throw(KeyError))
print(g.throw(KeyError, "v"))
print(g.throw(KeyError, ("a", 1)))
print(g.throw(KeyError, None))
print(g.throw(KeyError, "w", None))
print(g.throw(KeyError("inst"), None, None))
e = IndexError("same object")
def identity():
    try:
        yield
    except IndexError as caught:
        yield caught is e
g = identity()
next(g)
print("same instance:", g.throw(e))
def value_is_instance():
    try:
        yield
    except LookupError as caught:
        yield type(caught).__name__, caught.args
g = value_is_instance()
next(g)
print(g.throw(LookupError, KeyError("sub")))
