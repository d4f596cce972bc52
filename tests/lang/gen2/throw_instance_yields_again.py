# g.throw(instance): caught inside the generator, which yields again; that value is
# what throw() returns. The generator then goes on normally.
def gen():
    n = 0
    while n < 4:
        try:
            yield n
        except ValueError as e:
            print("caught", repr(e), "at", n)
            yield "recovered from " + str(e)
        n += 1
    print("gen done")

g = gen()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.throw(ValueError("worse")))
print(next(g))
print(list(g))
