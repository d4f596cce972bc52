# An uncaught exception ends the program: the traceback is reported, then module-level
# suspended generators are closed; the exit status is 1.
def gen(tag):
    try:
        yield tag
    finally:
        print("closing", tag)

g = gen("global")
next(g)

def fail():
    local = gen("local of fail")
    next(local)
    raise RuntimeError("uncaught")

print("calling fail")
fail()
