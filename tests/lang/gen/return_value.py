# return in a generator sets StopIteration.value.
def gen():
    yield 1
    return "the result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
    print(repr(e), e.args)
def early(n):
    for i in range(n):
        if i == 2:
            return i * 100
        yield i
print(list(early(5)))
g = early(5)
vals = []
while True:
    try:
        vals.append(next(g))
    except StopIteration as e:
        print("returned", e.value, "after", vals)
        break
def no_return():
    yield 1
g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
def return_none():
    yield 1
    return None
g = return_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
for x in gen():
    print("for ignores the return value; got", x)
