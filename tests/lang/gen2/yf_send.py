# send() through a yield from reaches the subgenerator's yield expression; next() sends
# None.
def adder():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        print("  adder got", x)
        total += x

def delegator():
    while True:
        result = yield from adder()
        print(" delegator: adder returned", result)
        if result > 100:
            return "big"
        yield "between adders"

d = delegator()
print(next(d))
print(d.send(5))
print(d.send(10))
print(d.send(None))
print(next(d))
print(d.send(200))
try:
    d.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

def echo():
    while True:
        print("  echo received", (yield "ping"))

def wrapper():
    yield from echo()

w = wrapper()
print(w.send(None))
print(w.send("x"))
print(next(w))
print(w.send([1, 2]))
