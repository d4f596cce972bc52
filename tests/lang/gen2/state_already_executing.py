# A generator that resumes itself: ValueError "generator already executing"; the
# generator keeps running afterwards.
def gen():
    for i in range(2):
        try:
            next(me)
        except ValueError as e:
            print("next:", e)
        try:
            me.send(i)
        except ValueError as e:
            print("send:", e)
        yield i

me = gen()
print(next(me))
print(next(me))
print(next(me, "done"))

def indirect():
    def helper():
        return list(self_ref[0])
    yield "start"
    try:
        helper()
    except ValueError as e:
        print("through a helper:", e)
    yield "end"

self_ref = [indirect()]
print(list(self_ref[0]))

def via_for():
    yield 1
    for x in g2:
        print("never")
    yield 2

g2 = via_for()
next(g2)
try:
    next(g2)
except ValueError as e:
    print("for over itself:", e)
print(g2.gi_frame)
