# Returning a value while handling GeneratorExit: in 3.11 close() returns None.
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("returning 42")
        return 42

g = gen()
next(g)
print("close:", g.close())
print(g.gi_frame)

def return_in_finally():
    try:
        yield
    finally:
        return "from finally"

g = return_in_finally()
next(g)
print("close:", g.close())

def converts():
    try:
        yield
    except GeneratorExit:
        raise StopIteration("converted")

g = converts()
next(g)
try:
    print("close:", g.close())
except RuntimeError as e:
    print("RuntimeError:", e)
