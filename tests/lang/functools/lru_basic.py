from functools import lru_cache

calls = []

@lru_cache(maxsize=None)
def fib(n):
    "Fibonacci numbers."
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.cache_info())
print(len(calls), calls[:5])
print(fib(30), fib(10))
print(fib.cache_info())
print(fib.__name__, fib.__qualname__, fib.__doc__, fib.__module__)
print(fib.__wrapped__(5), fib.__wrapped__.__name__)
fib.cache_clear()
print(fib.cache_info())
print(fib(5), fib.cache_info())

@lru_cache
def square(x):
    print("computing", x)
    return x * x

print(square(4), square(4), square(5))
print(square.cache_info())
print(square.cache_parameters())
print(fib.cache_parameters())
print(fib(200))
