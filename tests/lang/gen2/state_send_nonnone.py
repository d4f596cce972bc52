# The first resume must send None: a non-None send to a just-started generator is a
# TypeError, and the generator is still unstarted afterwards.
def gen():
    print("started")
    x = yield "first"
    print("got", x)
    yield "second"

g = gen()
for v in (1, "s", 0, False, [], ()):
    try:
        g.send(v)
    except TypeError as e:
        print("TypeError:", e)
print("frame still fresh:", g.gi_frame is not None, g.gi_running)
print(g.send(None))
print(g.send("hello"))

ge = (x for x in range(3))
try:
    ge.send(5)
except TypeError as e:
    print("genexpr:", e)
print(ge.send(None), list(ge))

g = gen()
try:
    g.send()
except TypeError as e:
    print("no argument:", e)
try:
    g.send(1, 2)
except TypeError as e:
    print("two arguments:", e)
