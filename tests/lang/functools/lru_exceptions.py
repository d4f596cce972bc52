from functools import lru_cache

attempts = []

@lru_cache(maxsize=4)
def flaky(x):
    attempts.append(x)
    if len(attempts) < 3:
        raise ValueError("try again %d" % len(attempts))
    return x * 100

for _ in range(4):
    try:
        print(flaky(7))
    except ValueError as e:
        print("ValueError", e)
print(attempts, flaky.cache_info())

@lru_cache(maxsize=None)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

print(max(range(1, 3000), key=collatz), collatz.cache_info().currsize > 3000)

@lru_cache(maxsize=8)
def nested(n):
    return [nested(i) for i in range(n)]

print(nested(4), nested.cache_info())
results = [nested(i) for i in range(10)]
print(len(results[-1]), nested.cache_info())
