# Mixing throw() and close(): a generator recovering from a throw can still be closed,
# and GeneratorExit thrown explicitly behaves like close() except for the return value.
def gen():
    while True:
        try:
            yield "value"
        except ValueError:
            print("recovered from ValueError")
        except GeneratorExit:
            print("GeneratorExit")
            raise
        finally:
            print("finally of this round")

g = gen()
next(g)
print(g.throw(ValueError))
g.close()
print("closed")

g = gen()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("throw(GeneratorExit) re-raised it")
print(g.gi_frame)
