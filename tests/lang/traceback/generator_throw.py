# An exception thrown into a suspended generator is reported at its yield.
# corpus: full-stderr
def worker():
    total = 0
    while True:
        item = yield total
        total += item

w = worker()
next(w)
print(w.send(5))
w.throw(KeyError("stop"))
