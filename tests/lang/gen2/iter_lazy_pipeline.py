# A chain of generators runs item by item: the prints interleave.
def source():
    for i in range(3):
        print("source", i)
        yield i

def double(it):
    for x in it:
        print(" double", x)
        yield x * 2

def label(it):
    for x in it:
        print("  label", x)
        yield "item" + str(x)

for v in label(double(source())):
    print("   got", v)
pipe = label(double(source()))
print("nothing ran yet")
print(next(pipe))
print("pull one more")
print(next(pipe))
ge = (y + 1 for y in (x * 3 for x in source()))
print(list(ge))
