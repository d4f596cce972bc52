# close() unwinds every active try level of the generator, innermost first, and loops
# and handlers inside finally blocks work while closing.
def gen():
    try:
        for i in range(3):
            try:
                try:
                    yield i
                finally:
                    print("level 3, i =", i)
            finally:
                print("level 2")
    finally:
        total = 0
        for j in range(4):
            total += j
        try:
            raise KeyError("inside finally")
        except KeyError as e:
            print("handled", e, "while closing; total", total)
        print("level 1")

g = gen()
print(next(g))
print(next(g))
g.close()
print("closed")
