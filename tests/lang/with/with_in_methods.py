# A context manager whose __enter__/__exit__ manage state of another object (a transaction).
class Store:
    def __init__(self):
        self.data = {}

    def transaction(self):
        return Transaction(self)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.saved = dict(self.store.data)
        return self.store.data

    def __exit__(self, t, v, tb):
        if t is not None:
            print("rollback because", t.__name__, v)
            self.store.data = self.saved
            return True
        print("commit", sorted(self.store.data.items()))


s = Store()
with s.transaction() as d:
    d["a"] = 1
    d["b"] = 2
with s.transaction() as d:
    d["c"] = 3
    del d["a"]
    raise ValueError("bad update")
print(s.data)
with s.transaction() as d:
    d["a"] += 10
print(s.data)
