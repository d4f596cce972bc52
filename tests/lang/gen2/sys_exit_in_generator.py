# SystemExit raised inside a generator propagates through next() like any exception;
# finally blocks on the way run, and the status comes from the exception.
import sys

def gen():
    try:
        yield 1
        print("calling sys.exit(4)")
        sys.exit(4)
    finally:
        print("generator finally")

def outer():
    try:
        yield from gen()
    finally:
        print("outer finally")

g = outer()
next(g)
try:
    next(g)
except SystemExit as e:
    print("caught SystemExit", e.code)
g = gen()
next(g)
for x in g:
    print("not reached")
