import math

def show(name, *args):
    try:
        print(name, args, repr(getattr(math, name)(*args)))
    except Exception as e:
        print(name, args, type(e).__name__, e)

show("exp", 1000)
show("exp", -1000)
show("exp", 709.7)
show("exp2", 1024)
show("expm1", 710)
show("expm1", -1000)
show("cosh", 711)
show("sinh", -711)
show("pow", 10, 309)
show("pow", 1e308, 2)
show("pow", 2, -1080)
show("ldexp", 1.0, 1024)
show("ldexp", 1.0, 10**30)
show("ldexp", 1.0, -10**30)
show("gamma", 171.7)
show("gamma", 1e-320)
show("lgamma", 1e308)
show("hypot", 1e308, 1e308)
show("sqrt", 10**400)
show("exp", 10**400)
show("fsum", [1e308, 1e308])
show("exp", math.inf)
show("exp", -math.inf)
show("fabs", -math.inf)
