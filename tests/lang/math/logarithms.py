import math
for n in [1, 2, 10, 1000, 2**64, 10**30, 10**308, 10**309, 2**1024, 3**1000, 10**4000]:
    print(len(str(n)), math.log(n), math.log2(n), math.log10(n), math.log(n, 10))
print(math.log(8, 2), math.log(100, 10), math.log(2, 0.5), math.log(10**400, 10**200))
print(math.log(1e-300), math.log(5e-324), math.log2(0.125), math.log10(1e-5), math.log(math.e))
print(math.log(True), math.log(10, True + 1), math.log1p(1e-20), math.log1p(-0.0))

def show(*args):
    try:
        print(repr(math.log(*args)))
    except Exception as e:
        print(type(e).__name__, e)

show(-10**400)
show(0)
show(10, -1)
show(10, 1)
show()
show(1, 2, 3)
show("e")
