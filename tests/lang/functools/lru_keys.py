from functools import lru_cache

@lru_cache(maxsize=None)
def f(*args, **kwargs):
    print("call", args, kwargs)
    return len(args)

f(1)
f(1.0)          # equal to 1: same entry
f(True)         # equal to 1 as well
f(1, 2)
f(a=1, b=2)
f(b=2, a=1)     # keyword order matters
f(1, b=2)
f(1, b=2)
print(f.cache_info())

@lru_cache(maxsize=None, typed=True)
def t(x):
    print("typed call", repr(x))
    return x

t(1); t(1.0); t(True); t(1); t("1"); t(1.0)
print(t.cache_info())

try:
    f([1, 2])
except TypeError as e:
    print("TypeError", e)
print(f.cache_info())

@lru_cache(maxsize=4)
def g(x, y=0):
    print("g", x, y)
    return x + y

g(1); g(1, 0); g(1, y=0); g(x=1); g(1)
print(g.cache_info())
s = "a" + "b"
g(s, "c"); g("ab", "c")
print(g.cache_info())
