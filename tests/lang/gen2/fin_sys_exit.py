# sys.exit(3): the finally blocks of the running code run first, then the suspended
# generators at module level are closed; the exit status 3 is kept.
import sys

def gen(tag):
    try:
        yield tag
    finally:
        print("closing", tag)

g1 = gen("first global")
next(g1)
g2 = gen("second global")
next(g2)

def main():
    local = gen("local of main")
    next(local)
    try:
        print("exiting")
        sys.exit(3)
    finally:
        print("main's finally")

main()
print("not reached")
