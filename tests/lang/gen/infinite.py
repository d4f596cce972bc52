# Infinite generators stopped with break or a bounded consumer.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        break
print("stopped at", n)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(15)])
first_big = None
for f in fib():
    if f > 10 ** 20:
        first_big = f
        break
print(first_big)
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
p = primes()
print([next(p) for _ in range(12)])
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
print(next(n for n in naturals() if n > 5 and n % 7 == 0))
