import time
for name in ["time", "monotonic", "perf_counter", "process_time"]:
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a, b = f(), g()
    print(name, type(a).__name__, type(b).__name__, a > 0 or name == "process_time", b >= 0)
t1 = time.monotonic()
t2 = time.monotonic()
print(t2 >= t1)
n1 = time.monotonic_ns()
n2 = time.monotonic_ns()
print(n2 >= n1)
# the seconds and nanoseconds clocks agree
s, ns = time.time(), time.time_ns()
print(abs(s - ns / 1e9) < 1.0)
print(time.time() > 1600000000)
