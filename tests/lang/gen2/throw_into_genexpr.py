# Generator expressions have send, throw and close too.
ge = (x * 2 for x in range(5))
print(next(ge))
print(ge.send(None))
try:
    ge.throw(ValueError("into genexpr"))
except ValueError as e:
    print("ValueError:", e)
print(next(ge, "finished"))

ge = (x for x in range(3))
next(ge)
print(ge.close(), list(ge))

def source():
    try:
        yield 1
        yield 2
    finally:
        print(" source finally")

ge = (v + 10 for v in source())
print(next(ge))
ge.close()
print("closing the genexpr released the source")
ge = (v for v in source())
next(ge)
try:
    ge.throw(KeyError("k"))
except KeyError:
    print("KeyError out of genexpr")
