# tee consumers at different speeds: the source is pulled once per item, by whichever
# tee is ahead; the others replay the buffer (which crosses many 57-item blocks)
from itertools import tee, islice


def noisy(n):
    for x in range(n):
        print('  pull', x)
        yield x
    print('  source done')


a, b, c = tee(noisy(4), 3)
print('made')
print('a', next(a))
print('a', next(a))
print('b', next(b))
print('c', list(c))
print('a', list(a))
print('b', list(b))


def quiet(n):
    pulled = []

    def gen():
        for x in range(n):
            pulled.append(x)
            yield x
    return gen(), pulled


src, pulled = quiet(500)
fast, slow, slowest = tee(src, 3)
front = list(islice(fast, 300))
print(len(pulled), front[:3], front[-3:])
mid = list(islice(slow, 120))
print(len(pulled), mid[-1])
rest = list(fast)
print(len(pulled), rest[0], rest[-1])
print(sum(slowest), sum(slow) + sum(mid), len(pulled))
# interleaved consumption in lockstep and out of step
a, b = tee(range(200))
out = []
for i in range(100):
    out.append(next(a))
    out.append(next(a))
    out.append(next(b))
print(len(out), out[:6], out[-3:], list(b)[:3], next(a, 'a done'))
# many tees each at their own place
ts = tee(range(130), 6)
for k, t in enumerate(ts):
    for _ in range(k * 25):
        next(t)
print([next(t) for t in ts])
print([len(list(t)) for t in ts])
