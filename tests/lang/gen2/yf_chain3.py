# Three levels of yield from: next, send, throw and close at the top reach the bottom.
def bottom():
    print("   bottom start")
    try:
        while True:
            try:
                x = yield "bottom ready"
                print("   bottom got", x)
            except ValueError as e:
                print("   bottom caught", e)
    finally:
        print("   bottom finally")

def middle():
    try:
        r = yield from bottom()
        print("  middle got", r)
    finally:
        print("  middle finally")

def top():
    try:
        yield from middle()
    finally:
        print(" top finally")

t = top()
print(next(t))
print(t.send(1))
print(t.send("two"))
print(t.throw(ValueError("three")))
print(t.gi_yieldfrom.__name__, t.gi_yieldfrom.gi_yieldfrom.__name__)
print(t.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
t.close()
print("closed", t.gi_frame, t.gi_yieldfrom)

t = top()
next(t)
try:
    t.throw(KeyError("unhandled"))
except KeyError as e:
    print("escaped", e)
