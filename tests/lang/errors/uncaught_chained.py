# An exception raised while handling another: the last line is the new one.
try:
    {}["k"]
except KeyError:
    print("handling KeyError")
    raise ValueError("while handling")
