# finally with return, break and continue.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def finally_after_return():
    try:
        print("in try")
        return "value from try"
    finally:
        print("finally still runs")
print(finally_after_return())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
for i in range(3):
    try:
        if i == 1:
            break
        print("loop body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        raise RuntimeError(i)
    finally:
        if i < 2:
            continue
        break
print("exception discarded by continue/break, i =", i)
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("cleanup", n)
print(count())
def value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_evaluated_first())
