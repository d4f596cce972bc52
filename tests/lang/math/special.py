import math
for v in [0.5, 1, 1.5, 2, 3.3, 5, 10, 20.5, 23, 24, 100.5, 170.5, -0.5, -1.5, -2.5, -10.3, 1e-25, -1e-25, -180.5]:
    print(v, repr(math.gamma(v)), repr(math.lgamma(v)))
for v in [-3, -1, -0.5, 0, 0.1, 0.5, 1, 2, 3, 5, 27, -27]:
    print(v, math.erf(v), math.erfc(v))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.erf(math.inf), math.erfc(-math.inf))
print(math.gamma(-250.5), math.gamma(300.5) if False else "skip", math.lgamma(1e300), math.lgamma(2.0))
