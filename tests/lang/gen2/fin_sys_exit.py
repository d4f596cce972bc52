# sys.exit(3): finally blocks of the running code run, then the suspended generators
# are closed at exit; the exit status is kept.
import sys

def gen(tag):
    try:
        yield tag
    finally:
        print("closing", tag)

g1 = gen("first global")
next(g1)
lst = [gen("in a list")]
next(lst[0])
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
