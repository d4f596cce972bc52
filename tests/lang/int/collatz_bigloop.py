# Integer loops: collatz lengths and digit sums.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz(n) for n in range(1, 20)])
print(max(range(1, 1000), key=collatz))
print(collatz(2 ** 100 + 1))
def digits(n):
    s = 0
    while n:
        n, r = divmod(n, 10)
        s += r
    return s
print(digits(2 ** 500), digits(0), digits(999))
