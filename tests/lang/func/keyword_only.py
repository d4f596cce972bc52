# Keyword-only and positional-only parameters.
def kw(a, *, b, c=3):
    return a, b, c

print(kw(1, b=2), kw(1, c=4, b=5), kw(a=0, b=0))
def po(a, b, /, c, *, d):
    return a + b + c + d
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
def mixed(x, /, y=2, *args, z, **kw):
    return x, y, args, z, kw
print(mixed(1, z=0), mixed(1, 2, 3, 4, z=5, w=6), mixed(1, x=9, z=1))
def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
attempt(lambda: kw(1, 2))
attempt(lambda: kw(1))
attempt(lambda: po(a=1, b=2, c=3, d=4))
attempt(lambda: po(1, 2, 3, 4))
