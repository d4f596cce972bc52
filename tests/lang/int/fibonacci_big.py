# fibonacci(300) and a few more, computed iteratively.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib(300))
print(fib(100), fib(93), fib(92))
print(fib(1000) % 1000000007)
print(len(str(fib(500))))
