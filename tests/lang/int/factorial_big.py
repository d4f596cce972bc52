# factorial(60) recursively and iteratively.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fact_iter(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r

print(fact(60))
print(fact_iter(60) == fact(60))
print(fact(20), fact(21))
print(fact(100) // fact(98))
print(sum(int(c) for c in str(fact(100))))
print(fact(30) % 1000003)
