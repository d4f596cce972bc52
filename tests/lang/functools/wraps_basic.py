from functools import wraps, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

add.tag = "math"
print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__(4, 5), add.__wrapped__.__name__)
print(add.tag)

def plain(func):
    def wrapper():
        return func()
    return wrapper

@plain
def hello():
    "hi"
    return "hello"

print(hello.__name__, hello.__doc__, hasattr(hello, "__wrapped__"))

def with_attrs(x):
    return x
with_attrs.counter = 10
with_attrs.__dict__["other"] = [1]

@wraps(with_attrs)
def copy(x):
    return x * 2

print(copy.counter, copy.other, copy.other is with_attrs.other, copy(4))
print(copy.__wrapped__ is with_attrs)
print(WRAPPER_ASSIGNMENTS)
print(WRAPPER_UPDATES)

class Outer:
    def method(self):
        "A method."
        return 1

@wraps(Outer.method)
def fake(self):
    return 2

print(fake.__name__, fake.__qualname__, fake.__doc__)
