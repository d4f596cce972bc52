import math
values = [0.0, 0.5, 1, 2, 3.75, 10, 100.25, 1e-8, 1e10]
for name in ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
             "atan", "sinh", "cosh", "tanh", "asinh", "cbrt", "exp2", "fabs"]:
    f = getattr(math, name)
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for v in [-1.0, -0.5, 0.0, 0.25, 0.999, 1.0]:
    print(v, math.asin(v), math.acos(v), math.atanh(v) if abs(v) < 1 else "-")
for v in [1.0, 1.5, 10.0, 1e6]:
    print(v, math.acosh(v))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(math.inf, -math.inf))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.fabs(-3), math.fabs(-0.0), math.sqrt(4), math.sqrt(2**52), math.cbrt(-27))
