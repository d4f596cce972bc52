# A generator that yields while being closed: RuntimeError "generator ignored
# GeneratorExit"; the generator stays suspended at the new yield.
def stubborn():
    n = 0
    while True:
        try:
            yield n
        except GeneratorExit:
            if n >= 3:
                print("giving up at", n)
                raise
            print("ignoring GeneratorExit", n)
        n += 1

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
print("suspended:", g.gi_frame is not None)
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("again:", e)
print(g.close())
print("closed for good:", g.gi_frame)

def yields_in_finally():
    try:
        yield "a"
    finally:
        print("finally yields")
        yield "b"
        print("resumed after the ignored close")

h = yields_in_finally()
next(h)
try:
    h.close()
except RuntimeError as e:
    print(e)
try:
    next(h)
except GeneratorExit:
    print("the finally ends and GeneratorExit continues out of next()")
print(h.gi_frame)

def bare_except():
    stop = False
    while not stop:
        try:
            yield
        except:
            print("bare except caught it")
            stop = True

k = bare_except()
next(k)
print(k.close())
