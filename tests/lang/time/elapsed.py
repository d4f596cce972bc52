import time

def timed(f):
    start = time.perf_counter_ns()
    r = f()
    return r, time.perf_counter_ns() - start

r, ns = timed(lambda: sum(range(10000)))
print(r, ns >= 0, type(ns).__name__)
stamps = [time.monotonic() for _ in range(100)]
print(all(a <= b for a, b in zip(stamps, stamps[1:])))
t0 = time.time()
time.sleep(0.05)
print(time.time() - t0 > 0.04)
