# Code that runs while a generator is being closed can itself create, drop and close
# generators; each is finalized at the moment it is dropped.
def leaf(tag):
    try:
        yield tag
    finally:
        print("   leaf finally", tag)

def outer():
    try:
        yield "outer"
    finally:
        print(" outer finally starts")
        temp = leaf("temp")
        next(temp)
        temp = None
        print(" outer finally: temp dropped")
        other = leaf("closed explicitly")
        next(other)
        other.close()
        for x in leaf("loop"):
            break
        print(" outer finally ends")

g = outer()
next(g)
g = None
print("after outer")

def closes_sibling(sibling):
    try:
        yield
    finally:
        print(" closing the sibling from a finally")
        sibling.close()

s = leaf("sibling")
next(s)
c = closes_sibling(s)
next(c)
s = None
c = None
print("end")
