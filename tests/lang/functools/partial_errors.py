from functools import partial

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

show(partial)
show(partial, 42)
show(partial, "not callable", 1)
p = partial(divmod, 7)
show(p, 2)
show(p, 0)
show(p)
show(p, 1, 2)

def needs_two(a, b):
    return a + b

q = partial(needs_two, 1, 2)
show(q, 3)
show(partial(needs_two, c=1), 1, 2)
try:
    q.func = None
except AttributeError:
    print("func is read-only")
print(q.func.__name__)
