import time

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

show(time.sleep, -1)
show(time.sleep, -0.001)
show(time.sleep, "1")
show(time.sleep, None)
show(time.sleep, [0.1])
show(time.sleep, float("nan"))
show(time.sleep, 10**30)
show(time.sleep, 1e300)
show(time.sleep)
show(time.sleep, 1, 2)
show(lambda: time.sleep(secs=0))
show(time.time, 1)
show(time.monotonic_ns, 0)
show(lambda: time.perf_counter(x=1))
