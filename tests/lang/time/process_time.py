import time
a = time.process_time()
x = 0
for i in range(200000):
    x += i
b = time.process_time()
print(b >= a, x)
print(time.process_time_ns() >= 0, isinstance(time.perf_counter_ns(), int))
c1 = time.perf_counter()
c2 = time.perf_counter()
print(0 <= c2 - c1 < 1)
print(time.time.__name__, time.sleep.__name__)
