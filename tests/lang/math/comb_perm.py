import math
print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)])
print(math.perm(5), math.perm(5, None), math.comb(0, 0), math.perm(0, 0))
print(math.comb(100, 50))
print(math.comb(1000, 3), math.comb(1000, 997), math.perm(1000, 3))
print(math.comb(67, 33), math.comb(68, 34), math.comb(200, 100) % 10**30)
print(math.comb(2**64 + 7, 3) == (2**64 + 7) * (2**64 + 6) * (2**64 + 5) // 6)
print(math.perm(2**70, 2) == 2**70 * (2**70 - 1))
print(math.comb(2**70, 2**70 - 2) == math.comb(2**70, 2))
print(len(str(math.comb(3000, 1500))), math.perm(3000, 1500) % 10**12)
print(math.comb(5, 10), math.perm(5, 10), math.comb(10**30, 1), math.comb(True, True))

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

show(math.comb, -1, 2)
show(math.comb, 5, -2)
show(math.perm, -3, 1)
show(math.perm, 3, -1)
show(math.comb, 5.0, 2)
show(math.comb, 5, "2")
show(math.comb, 5)
show(math.perm)
show(math.perm, 1, 2, 3)
show(math.comb, 2**100, 2**99)
show(math.perm, 2**100, 2**99)
