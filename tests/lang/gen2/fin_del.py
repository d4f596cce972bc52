# del of the last reference closes a suspended generator at that moment.
def gen(name):
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print("finally of", name)

g = gen("a")
print(next(g))
print("before del")
del g
print("after del")

g = gen("b")
h = g
next(g)
del g
print("one reference left")
del h
print("gone")

def in_function():
    local = gen("local")
    next(local)
    print("deleting the local")
    del local
    print("deleted")

in_function()
print("function returned")

items = {"k": gen("dict value")}
next(items["k"])
del items["k"]
print("after del items['k']")
lst = [gen("list item"), 0]
next(lst[0])
del lst[0]
print("after del lst[0]", lst)
