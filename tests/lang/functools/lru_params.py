from functools import lru_cache, cache

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

@lru_cache(maxsize=0)
def never(x):
    print("never cached", x)
    return x

never(1); never(1)
print(never.cache_info(), never.cache_parameters())

@lru_cache(maxsize=-5)
def neg(x):
    return x

neg(1); neg(1)
print(neg.cache_info(), neg.cache_parameters())

@lru_cache(typed=True)
def typed(x):
    return x

typed(1)
print(typed.cache_info(), typed.cache_parameters())

@cache
def memo(x):
    print("memo", x)
    return [x]

print(memo(1) is memo(1), memo.cache_info(), memo.cache_parameters())

show(lru_cache, "big")
show(lru_cache, 1.5)
show(lru_cache(3), 4)
show(lru_cache(None), lambda: 1)
dec = lru_cache(maxsize=2)
print(callable(dec))
w = dec(len)
print(w("abc"), w("abc"), w.cache_info())
show(cache, 5)
