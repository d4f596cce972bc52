# gi_running is True only while the generator's body executes.
def gen():
    print(" inside:", g.gi_running)
    yield 1
    print(" inside again:", g.gi_running)
    inner = sub()
    print(" sub before:", inner.gi_running)
    yield next(inner)
    print(" inside after sub:", g.gi_running)

def sub():
    print("  in sub: outer", g.gi_running)
    yield "sub"

g = gen()
print("created:", g.gi_running)
print(next(g), g.gi_running)
print(next(g), g.gi_running)
print(next(g, "done"), g.gi_running)

def observe(other):
    yield other.gi_running
g2 = (x for x in [1])
print(next(observe(g2)))
h = observe(None)
def probe():
    yield h.gi_running
    yield next(observe(me2))
me2 = probe()
print(list(me2))
