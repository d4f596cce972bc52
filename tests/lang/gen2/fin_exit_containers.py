# Generators held in a list, a dict and a tuple at module level are closed at exit too.
# Their closing order is an artefact of CPython's collector, so each finally prints
# only how many have closed so far: the output does not depend on the order.
closed = 0

def gen():
    global closed
    try:
        yield
    finally:
        closed += 1
        print("closed so far:", closed)

def started():
    g = gen()
    next(g)
    return g

in_list = [started(), started()]
in_dict = {"k1": started(), "k2": started()}
in_tuple = (started(),)
nested = [[started()], {"d": [started()]}]
print("last statement")
