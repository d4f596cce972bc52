# An exception that escapes the with propagates after __exit__ runs; uncaught, it ends the script.
class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__, v)
        return None


with CM():
    print("body")
    raise ValueError("escaped the with")
print("not reached")
