# gi_yieldfrom: None before starting, the subiterator while suspended in a yield from,
# None after it; and None while the delegating generator itself is running.
def inner():
    yield 1
    yield 2

def outer():
    yield "plain"
    yield from inner()
    yield "plain again"
    yield from [10, 20]

g = outer()
print("fresh:", g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
sub = g.gi_yieldfrom
print(next(g), g.gi_yieldfrom is sub, sub.gi_frame is not None)
print(next(g), g.gi_yieldfrom, sub.gi_frame)
print(next(g), type(g.gi_yieldfrom).__name__)
print(next(g), type(g.gi_yieldfrom).__name__)
print(next(g, "end"), g.gi_yieldfrom)

def watcher():
    me = yield
    yield me.gi_yieldfrom
    yield from look(me)

def look(gen):
    yield gen.gi_running
    yield gen.gi_yieldfrom

w = watcher()
next(w)
print("plain yield:", w.send(w))
print("delegating, running:", next(w))
print("while running:", next(w))
print("suspended in yield from:", w.gi_yieldfrom.__name__, w.gi_yieldfrom.gi_running)
w.close()
print("after close:", w.gi_yieldfrom)
