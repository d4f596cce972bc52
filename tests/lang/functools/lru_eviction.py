from functools import lru_cache

@lru_cache(maxsize=3)
def f(x):
    print("miss", x)
    return x * 10

for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 4]:
    f(x)
    print(x, f.cache_info())

f.cache_clear()
print(f.cache_info())

@lru_cache(maxsize=1)
def g(x):
    print("g", x)
    return -x

print([g(i) for i in [1, 1, 2, 1, 2, 2]])
print(g.cache_info())

@lru_cache(maxsize=2)
def h(*args, **kwargs):
    print("h", args, sorted(kwargs.items()))
    return len(args) + len(kwargs)

h(1); h(1); h(a=1); h(1); h(a=1); h(2)
print(h.cache_info())
