# An iterable whose __iter__ returns a fresh iterator can be traversed many times.
class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __iter__(self):
        return SpanIter(self.lo, self.hi)


class SpanIter:
    def __init__(self, lo, hi):
        self.cur, self.hi = lo, hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1


s = Span(1, 4)
print(list(s), list(s), sum(s))
print([(a, b) for a in s for b in s if a < b])
it = iter(s)
print(list(it), list(it))
print(iter(s) is iter(s), type(iter(s)).__name__)
ones = SpanIter(0, 2)
print(list(ones), list(ones))
