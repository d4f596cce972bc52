# Five chained generator stages: source -> map -> filter -> window -> accumulate.
def source(n):
    for i in range(n):
        yield i

def scale(it, k):
    for v in it:
        yield v * k

def keep_odd(it):
    for v in it:
        if v % 2:
            yield v

def pairs(it):
    prev = None
    for v in it:
        if prev is not None:
            yield prev + v
        prev = v

def running_max(it):
    best = -1
    for v in it:
        if v > best:
            best = v
        yield best

last = 0
count = 0
for v in running_max(pairs(keep_odd(scale(source(6000000), 3)))):
    last = v
    count += 1
print(count, last)
