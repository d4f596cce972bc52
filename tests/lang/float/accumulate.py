# Sums and products of floats in loops (ordering matters for the last bits).
total = 0.0
for i in range(1, 101):
    total += 1.0 / i
print(total)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
prod = 1.0
for i in range(1, 21):
    prod *= i / 2
print(prod)
xs = [i * 0.37 for i in range(10)]
print(xs)
mean = sum(xs) / len(xs)
print(mean, round(mean, 3))
var = sum((x - mean) ** 2 for x in xs) / len(xs)
print(var, var ** 0.5)
