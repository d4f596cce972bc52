# Star-unpacking generators into calls and displays.
def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i

def f(*args, **kwargs):
    return args, kwargs

print(f(*gen(3)))
print(f(1, *gen(2), 9, *gen(1)))
print(f(*gen(0), key="v"))
print(*gen(3), sep="|")
def three(a, b, c):
    return a + b + c
print(three(*gen(3)))
try:
    three(*gen(4))
except TypeError as e:
    print("TypeError:", e)
print([*gen(2), *"ab"], (*gen(1),), {*gen(2)})
print(max(*gen(3)))
def kw(**kw):
    return sorted(kw.items())
print(kw(**dict((k, len(k)) for k in ["x", "yy"])))
