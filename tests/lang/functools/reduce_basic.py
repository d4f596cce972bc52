from functools import reduce


print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda acc, x: acc + [x * x], range(5), []))
print(reduce(lambda a, b: a + b, ["a", "b", "c"], ">"))
print(reduce(max, (3, 9, 2)))
print(reduce(lambda a, b: a + b, [42]))
print(reduce(lambda a, b: a + b, [], "initial"))
print(reduce(lambda a, b: (a, b), "xyz"))

def gen():
    for i in range(4):
        print("yield", i)
        yield i

print(reduce(lambda a, b: a - b, gen(), 100))
print(reduce(lambda a, b: a + b, {1: "a", 2: "b"}))
