# iter(callable, sentinel) calls until the sentinel comes back; it works with a
# generator's __next__ and with closures.
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        print("  call", n)
        return n
    return step

print(list(iter(counter(), 4)))
def gen():
    yield "a"
    yield "b"
    yield "STOP"
    yield "never"
print(list(iter(gen().__next__, "STOP")))
data = [1, 2, 3]
it = iter(data.pop, 1)
print(list(it), data)
it = iter(counter(), 2)
print(next(it), next(it, "done"), next(it, "still done"))
for x in iter(lambda: "same", "same"):
    print("never")
print("empty loop")
