# sys.exit() with a message while generators are suspended in a list: they are closed
# at exit; the message goes to stderr and the exit status is 1.
import sys

count = 0

def gen():
    global count
    try:
        yield
    finally:
        count += 1
        print("closed", count)

keep = [gen() for _ in range(3)]
for g in keep:
    next(g)
del g
print("exiting")
sys.exit("fatal: stopping")
