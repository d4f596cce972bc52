# An exhausted generator stays exhausted.
def two():
    yield "a"
    yield "b"
g = two()
print(list(g))
for i in range(3):
    try:
        print(next(g))
    except StopIteration as e:
        print("exhausted", i, e.value)
print(next(g, "default"), list(g), sum(1 for _ in g))
def returns():
    return 5
    yield
g = returns()
for i in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("value on call", i, e.value)
def raises():
    yield 1
    raise ValueError("inside")
g = raises()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("propagated:", e)
try:
    next(g)
except StopIteration:
    print("after an exception the generator is finished")
