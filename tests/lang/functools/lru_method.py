from functools import lru_cache, cache

class Point:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    @lru_cache(maxsize=None)
    def dist(self, other):
        print("dist", self.x, other)
        return abs(self.x - other)

    @cache
    def double(self):
        print("double", self.x)
        return self.x * 2

a, b = Point(1), Point(1)
print(a.dist(5), b.dist(5), a.dist(6))
print(Point.dist.cache_info())
print(a.double(), a.double(), Point(3).double())
print(Point.double.cache_info())
print(Point.dist(a, 5))
print(Point.dist.__name__, a.dist.__name__)
m = a.dist
print(m(7), m(7))
print(Point.dist.cache_info())
