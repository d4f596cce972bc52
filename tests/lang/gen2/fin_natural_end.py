# A generator that already ran its finally (exhausted, closed, failed) does nothing
# more when dropped; only suspended ones run code at drop time.
def gen(tag):
    try:
        yield tag
    finally:
        print(" finally", tag)

g = gen("exhausted")
print(list(g))
g = None
print("dropped exhausted")
g = gen("closed")
next(g)
g.close()
g = None
print("dropped closed")

def fails():
    try:
        yield
        raise ValueError("x")
    finally:
        print(" finally fails")

g = fails()
next(g)
try:
    next(g)
except ValueError:
    print("failed")
g = None
print("dropped failed")

g = gen("suspended")
next(g)
g = None
print("end")
