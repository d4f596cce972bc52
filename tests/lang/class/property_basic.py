# @property computes a value on attribute access.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        print("computing area")
        return self.w * self.h

    @property
    def shape(self):
        return "square" if self.w == self.h else "rect"


r = Rect(3, 4)
print(r.area)
r.w = 4
print(r.area, r.shape)
print(type(Rect.area).__name__)
print(getattr(r, "area"), hasattr(r, "shape"))


class Lazy:
    def __init__(self):
        self._cache = None

    @property
    def value(self):
        if self._cache is None:
            print("filling")
            self._cache = [1, 2, 3]
        return self._cache


z = Lazy()
print(z.value, z.value, sum(z.value))
