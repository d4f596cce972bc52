# Unpacking a generator: exactly as many items as targets are pulled, and one more to
# check the end; starred targets take the rest; errors say how many were expected.
def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i
    print("  exhausted")

a, b = gen(2)
print(a, b)
a, *b = gen(3)
print(a, b)
*a, b = gen(1)
print(a, b)
a, *b, c = gen(4)
print(a, b, c)
[a, (b, c)] = (x for x in [1, "bc"])
print(a, b, c)
try:
    a, b = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = gen(1)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = gen(1)
except ValueError as e:
    print("ValueError:", e)
for i, (x, y) in enumerate((k, k * k) for k in range(3)):
    print(i, x, y)
