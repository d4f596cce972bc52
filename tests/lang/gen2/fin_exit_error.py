# Errors while closing generators at exit are reported on stderr and ignored; the other
# generators are still closed and the exit status stays 0.
def bad():
    try:
        yield
    finally:
        print("bad's finally raises")
        raise ValueError("at exit")

def good(tag):
    try:
        yield
    finally:
        print("good's finally", tag)

first = good("first")
next(first)
broken = bad()
next(broken)
last = good("last")
next(last)
print("last statement")
