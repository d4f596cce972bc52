import time
start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print(elapsed >= 0.01, elapsed < 5)
start = time.monotonic_ns()
time.sleep(0.02)
print(time.monotonic_ns() - start >= 20000000)
print(time.sleep(0), time.sleep(0.0), time.sleep(False))
t = time.monotonic()
time.sleep(1e-9)
print(time.monotonic() >= t)
