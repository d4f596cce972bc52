# A generator that delegates to itself, directly or through another generator, finds it
# already executing.
def direct():
    yield "start"
    yield from me

me = direct()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("direct:", e)
print(me.gi_frame, next(me, "finished"))

def a():
    yield "a"
    yield from b_gen

def b():
    yield "b"
    yield from a_gen

a_gen = a()
b_gen = b()
print(next(a_gen), next(b_gen))
try:
    next(a_gen)
except ValueError as e:
    print("mutual:", e)
print(a_gen.gi_frame, b_gen.gi_frame)
