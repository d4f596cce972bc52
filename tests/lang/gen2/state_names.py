# gi_code, __name__ and __qualname__ of generators, including nested ones and
# generator expressions.
def top():
    yield

def outer():
    def inner():
        yield
    return inner()

def outer2():
    return (x for x in [])

g = top()
print(g.__name__, g.__qualname__, g.gi_code.co_name)
g = outer()
print(g.__name__, g.__qualname__, g.gi_code.co_name)
g = outer2()
print(g.__name__, g.__qualname__, g.gi_code.co_name)
g = (y for y in "ab")
print(g.__name__, g.__qualname__, g.gi_code.co_name)
lam = lambda: (yield 1)
g = lam()
print(g.__name__, g.__qualname__, next(g))
def deco(f):
    return f
@deco
def decorated():
    yield
print(decorated().__qualname__)
print(type(top()).__name__)
print(top().__name__ == top().gi_code.co_name)
