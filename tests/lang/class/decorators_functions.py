# Arbitrary decorators on functions: wrappers, decorators with arguments, stacking.
def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        result = fn(*args, **kw)
        print("ret", result)
        return result
    return wrapper


def times(n):
    def deco(fn):
        def wrapper(x):
            for _ in range(n):
                x = fn(x)
            return x
        return wrapper
    return deco


@trace
def add(a, b=10):
    return a + b


@times(3)
def double(x):
    return x * 2


@trace
@times(2)
def inc(x):
    return x + 1


print(add(1), add(2, b=3))
print(double(1))
print(inc(5))

registry = []


def register(fn):
    registry.append(fn.__name__)
    return fn


@register
def first():
    pass


@register
def second():
    pass


print(registry, first.__name__)


def replace(fn):
    return 42


@replace
def gone():
    pass


print(gone)
