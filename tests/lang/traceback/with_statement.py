# Errors in a context manager's __enter__ and __exit__.
# corpus: full-stderr
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name)
        return self.name.startswith("safe")

with Resource("safe-1"):
    raise RuntimeError("suppressed")
with Resource("file") as r, Resource(None) as s:
    print("unreachable")
