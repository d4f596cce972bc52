# while with complex conditions and several exits.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 100, 6 ** 50))
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi and steps < 100:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 200, 3))
for t in [0, 99, 198, 100, -5]:
    print(t, binary_search(data, t))
n = 27
path = [n]
while n != 1 and len(path) < 200:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    path.append(n)
print(len(path), max(path))
