# A big-int Fibonacci generator. Printing only sizes and low digits: str() of an
# int over 4300 digits raises ValueError in Python 3.11.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

n = 0
digits_checked = 0
for f in fib():
    n += 1
    if n % 10000 == 0:
        digits_checked += f % 1000000007
    if n == 300000:
        break
print(n, digits_checked, f % 10 ** 20, len(str(f % 10 ** 4000)), f > 10 ** 12000)
