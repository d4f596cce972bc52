# Generators that are only temporaries: next(gen()) drops it right after the call;
# a generator in a tuple, an argument, or an unused expression result.
def gen(tag):
    try:
        yield tag
        yield tag
    finally:
        print(" finally", tag)

print(next(gen("temp")))
print("after the print")
x = next(gen("assigned")), "tuple"
print(x)

def take(g):
    return next(g)

print(take(gen("argument")))
pair = (gen("in tuple"), 1)
next(pair[0])
pair = None
print("tuple dropped")
next(gen("statement"))
print("statement done")
print([next(gen(i)) for i in range(2)])
print("end")
