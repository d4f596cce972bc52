# A generator that never started has no frame to close: dropping it runs nothing,
# even if its body starts with try/finally.
def gen(tag):
    print("body of", tag)
    try:
        yield tag
    finally:
        print("finally of", tag)

g = gen("a")
g = None
print("dropped a")
lst = [gen(i) for i in range(3)]
lst.clear()
print("cleared list")

def f():
    local = gen("local")
    return 1

f()
print("function returned")
g = gen("closed")
g.close()
del g
print("closed then dropped")
g = gen("finished")
print(list(g))
g = None
print("finished then dropped")
g = gen("at exit")
print("end")
