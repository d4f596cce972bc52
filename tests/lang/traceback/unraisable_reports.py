# Errors that cannot propagate (raised while a dropped generator closes) are reported
# as "Exception ignored in: ..." with the exception's own traceback but not its context;
# at exit, when CPython can no longer read the source, without source lines.
# corpus: full-stderr
def closing(tag):
    try:
        yield tag
    finally:
        raise ValueError("closing " + tag)

g = closing("dropped")
next(g)
g = None
print("after drop")
kept = closing("at exit")
next(kept)
print("end")
