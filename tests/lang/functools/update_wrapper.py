from functools import update_wrapper, wraps

def target(x):
    "target doc"
    return x
target.extra = {"a": 1}

def wrapper(*args):
    return target(*args)

r = update_wrapper(wrapper, target)
print(r is wrapper, wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is target)

def w2():
    "own doc"
update_wrapper(w2, target, assigned=("__doc__",), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, "extra"), w2.__wrapped__.__name__)

def w3():
    pass
update_wrapper(w3, target, assigned=("__name__", "no_such_attribute"), updated=["__dict__"])
print(w3.__name__, w3.extra)

class Thing:
    pass
thing = Thing()
thing.__doc__ = "thing doc"
thing.value = 3
def w4():
    pass
update_wrapper(w4, thing)
print(w4.__doc__, w4.value, w4.__name__)

deco = wraps(target, assigned=("__name__",))
def w5():
    "w5 doc"
w5 = deco(w5)
print(w5.__name__, w5.__doc__, w5.extra)

try:
    update_wrapper(w5)
except TypeError as e:
    print("TypeError", e)
