# Heavier big-int work (skipped under valgrind because of its name): 1000!,
# fib(10000) and a big power, checked through digit counts and sums.
f = 1
for i in range(2, 1001):
    f *= i
s = str(f)
print(len(s), sum(int(c) for c in s), len(s) - len(s.rstrip("0")))
a, b = 0, 1
for _ in range(10000):
    a, b = b, a + b
print(a % 1000000007, len(str(a % 10 ** 1000)))
p = 3 ** 5000
print(p % 999999937, p // 3 ** 4990, (p - 1) % 10 ** 12)
q = f // (2 ** 900)
print(q % 1000003, q * 2 ** 900 + f % 2 ** 900 == f)
