# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally")
m = 0
while True:
    m += 1
    if m > 3:
        break
print("m =", m)
k = 10
while k > 0:
    if k == 7:
        print("breaking at", k)
        break
    k -= 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("else of a loop that never ran")
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d
print([find_divisor(n) for n in [15, 17, 49, 97, 100]])
