# AttributeError suggestions come from dir() of the object: an instance (its own and
# its class's attributes), a class, a module, values of built-in types; through
# attribute reads, method calls and getattr().
# corpus: full-stderr
import math


class Point:
    origin = (0, 0)

    def __init__(self):
        self.name = "p"

    def distance(self):
        return 0


p = Point()
cases = [
    lambda: p.nmae,
    lambda: p.distnce(),
    lambda: Point.orign,
    lambda: math.sqr,
    lambda: [].apend,
    lambda: "abc".uper(),
    lambda: {}.iteems(),
    lambda: getattr(p, "orgin"),
    lambda: (1).bit_lenght(),
]
for case in cases:
    try:
        case()
    except AttributeError as e:
        print(str(e), "|", e.name, type(e.obj).__name__)
[1, 2].sortt()
