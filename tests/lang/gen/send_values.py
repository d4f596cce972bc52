# send() resumes the generator and becomes the value of the yield expression.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
        print("got", value)
    print("all received:", received)
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send(3))
try:
    g.send(None)
except StopIteration:
    print("stopped")
def accumulate():
    total = 0
    while True:
        x = yield total
        total += x
acc = accumulate()
print(acc.send(None))
for v in [5, 10, 20]:
    print(acc.send(v))
