from functools import reduce

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

show(reduce, lambda a, b: a + b, [])
show(reduce, lambda a, b: a + b, 5)
show(reduce, lambda a, b: a + b, None, 0)
show(reduce)
show(reduce, len)
show(reduce, len, [], 0, 1)
show(reduce, lambda a, b: a + b, [1, 2], initial=3)
show(reduce, lambda a, b: a / b, [1, 0])
show(reduce, 3, [1, 2])
show(reduce, 3, [1])

def stop_at_two(a, b):
    if b == 2:
        raise ValueError("saw two")
    return a + b

show(reduce, stop_at_two, [1, 2, 3])
print(reduce.__name__)
