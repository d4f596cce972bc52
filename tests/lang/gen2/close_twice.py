# close() twice: the second call does nothing; finally runs once.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

g = gen()
next(g)
g.close()
print("first close done")
g.close()
print("second close done")
g.close()
print("third close done")
print(list(g))

def counting():
    count = 0
    try:
        yield
    except GeneratorExit:
        count += 1
        print("GeneratorExit number", count)
        raise

g = counting()
next(g)
for i in range(3):
    g.close()
print("done")
