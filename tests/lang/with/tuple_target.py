# `as` targets can be tuples, lists, attributes and subscripts.
class Pair:
    def __init__(self, a, b):
        self.pair = (a, b)

    def __enter__(self):
        return self.pair

    def __exit__(self, *exc):
        print("exit")


with Pair(1, 2) as (a, b):
    print(a, b)
with Pair("x", [3, 4]) as (s, [p, q]):
    print(s, p, q)
with Pair(1, 2) as [c, d]:
    print(c + d)


class NS:
    pass


ns = NS()
store = {}
with Pair(5, 6) as ns.value:
    print(ns.value)
with Pair(7, 8) as store["k"]:
    pass
print(store)
with Pair(1, (2, 3)) as (first, *rest):
    print(first, rest)
try:
    with Pair(1, 2) as (x, y, z):
        print("not reached")
except ValueError as e:
    print(type(e).__name__, e)
