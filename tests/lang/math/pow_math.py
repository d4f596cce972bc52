import math
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(-8, 2), math.pow(4, -0.5))
print(math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(math.inf, -1), math.pow(-math.inf, 3))
print(math.pow(-math.inf, 2), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf))
print(math.pow(-0.0, 3), math.pow(-0.0, -2) if False else "skip", math.pow(10**20, 2), math.pow(True, 5))
print(math.exp(1), math.exp(-0.5), math.expm1(1e-10), math.exp2(0.5), math.exp2(-1074))

def show(*args):
    try:
        print(repr(math.pow(*args)))
    except Exception as e:
        print(type(e).__name__, e)

show(0, -2)
show(-0.0, -3)
show(-2, 0.5)
show(10, 400)
show(2, "3")
show(2)
