# One manager object used repeatedly and reentrantly.
class Counter:
    def __init__(self):
        self.depth = 0
        self.total = 0

    def __enter__(self):
        self.depth += 1
        self.total += 1
        return self.depth

    def __exit__(self, *a):
        self.depth -= 1


c = Counter()
with c as d1:
    with c as d2:
        with c as d3:
            print(d1, d2, d3, c.depth)
    print(c.depth)
print(c.depth, c.total)
for _ in range(3):
    with c:
        pass
print(c.total)


class Timer:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("start")
        return self.log

    def __exit__(self, t, v, tb):
        self.log.append("stop" if t is None else "error")
        return t is ZeroDivisionError


log = []
t = Timer(log)
with t:
    pass
with t as same:
    1 / 0
print(log, same is log)
