# sum (ints, floats, mixed, start=), any and all with short-circuiting.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([1, 2], start=10))
print(sum([0.1] * 10), sum([1, 2.5, True]), sum([2**62, 2**62, 2**62]), sum([-2**63, -1]))
print(sum([1.5, 2**70]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([True, True, False]), sum(x * x for x in range(5)), sum([], 0.0))
print(sum([1, 2**62, 2**62, 1.5]), sum([2.0, 3], 1))
for args, kw in [((), {}), (([1], "a"), {}), ((["a", "b"], ""), {}), (([1], 2, 3), {}),
                 (([1, "x"],), {}), ((5,), {}), (([1],), {"start": "s"}), (([1],), {"x": 1})]:
    try:
        print(sum(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.v)


print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(iter([0, 3])))
seen = []


def track(x):
    seen.append(x)
    return x


print(any(track(x) for x in [0, 0, 1, 5]), seen)
seen.clear()
print(all(track(x) for x in [1, 2, 0, 5]), seen)
for f in (any, all):
    try:
        f(5)
    except TypeError as e:
        print(type(e).__name__, e)
