# Each generator object has its own independent state.
def counter(start):
    n = start
    while True:
        n += 1
        yield n
a = counter(0)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
def running_avg():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
r = running_avg()
next(r)
print([r.send(v) for v in [10, 20, 30, 40]])
def closure_gen():
    x = 0
    def bump():
        nonlocal x
        x += 1
    def gen():
        while x < 3:
            bump()
            yield x
    return gen()
print(list(closure_gen()))
