# throw(), send() and next() on a generator that is executing: ValueError, and the
# generator is unaffected by the failed call.
def gen():
    for i in range(3):
        try:
            me.throw(KeyError("self"))
        except ValueError as e:
            print("throw:", e)
        try:
            me.send(None)
        except ValueError as e:
            print("send:", e)
        try:
            me.close()
        except ValueError as e:
            print("close:", e)
        yield i

me = gen()
print(list(me))
