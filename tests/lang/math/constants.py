import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.tau == 2 * math.pi, math.inf > 1e308)
print(math.nan == math.nan, math.isnan(math.nan), math.isinf(math.inf))
from math import pi, sqrt
print(round(pi, 5), sqrt(2))
