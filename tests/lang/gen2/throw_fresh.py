# Throwing into a just-created generator raises at once: no line of the body runs,
# not even its try/finally, and the generator is finished afterwards.
def gen():
    print("body started")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised:", e)
print("frame:", g.gi_frame)
print("next:", next(g, "exhausted"))

g = gen()
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit came back")
print(list(g))

def catches_everything():
    try:
        print("never printed")
        yield
    except BaseException:
        print("never printed either")
        yield "x"

g = catches_everything()
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
