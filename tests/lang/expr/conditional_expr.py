# Conditional expressions, nested and right-associative.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

for n in [-5, 0, 5]:
    print(n, sign(n))
x = 3
print("a" if x else "b")
print("a" if 0 else "b")
y = (1 if x > 2 else 2) * 10
print(y)
print([i if i % 2 else -i for i in range(5)])
f = lambda n: "big" if n > 100 else "small"
print(f(1000), f(1))
def noisy(v):
    print("evaluated", v)
    return v
print(noisy(1) if True else noisy(2))
print(noisy(1) if False else noisy(2))
