# From shared/seeds/004_4f5d3a6030e8c525.txt, section "Generator Methods: throw(type, value=None, traceback=None)" (verbatim).
# Needs generator.throw (a later issue). Like send.py, CPython ends it with an
# uncaught StopIteration: the generator returns after handling the ValueError.
def my_generator():
    try:
        yield
    except ValueError:
        print("ValueError caught!")

gen = my_generator()
next(gen)
gen.throw(ValueError)  # Output: ValueError caught!
