# Returning multiple values, early returns, returns from loops.
def divide(a, b):
    if b == 0:
        return None
    return a // b, a % b
print(divide(17, 5), divide(1, 0))
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1
print(find([4, 5, 6], 6), find([], 1))
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    while True:
        if n > 100:
            return "large"
        return "small"
print([classify(n) for n in [-1, 0, 5, 500]])
q, r = divide(9, 4)
print(q, r)
