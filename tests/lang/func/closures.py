# Closures capture variables, not values; each call makes a new cell.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def adder(n):
    def add(m):
        return n + m
    return add
add3 = adder(3)
print(add3(4), adder(10)(5), list(map(adder(100), [1, 2])))
def deep():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(deep()())
