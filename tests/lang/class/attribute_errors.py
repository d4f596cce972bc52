# AttributeError messages for instances, classes and deletion.
class C:
    a = 1

    def __init__(self):
        self.b = 2


c = C()
for thunk in [lambda: c.x, lambda: C.x, lambda: C.b, lambda: c.b.x]:
    try:
        thunk()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.a
except AttributeError as e:
    print(type(e).__name__, e)
del c.b
try:
    c.b
except AttributeError as e:
    print(type(e).__name__, e)
print(c.a)
try:
    C().undefined_method()
except AttributeError as e:
    print(type(e).__name__, e)
