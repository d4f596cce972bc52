# A running-average coroutine driven by send(): one resume and one suspension per value.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

def drive(n):
    a = averager()
    next(a)
    send = a.send
    last = None
    for i in range(n):
        last = send(i % 101)
    a.close()
    return last

print(f"{drive(9000000):.6f}")
