# TypeError messages for bad calls.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
def attempt(thunk):
    try:
        thunk()
    except TypeError as e:
        print(e)

attempt(lambda: f(1))
attempt(lambda: f())
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, b=2, a=3))
attempt(lambda: f(1, 2, c=3))
attempt(lambda: g(1))
attempt(lambda: g())
attempt(lambda: h(1))
attempt(lambda: h(x=1))
attempt(lambda: f(*[1, 2, 3, 4]))
attempt(lambda: f(**{"a": 1}))
n = 5
attempt(lambda: n())
s = "abc"
attempt(lambda: s(1))
attempt(lambda: len())
attempt(lambda: len(1, 2))
