# Default parameter values, evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
counter = 10
def show(v=counter):
    return v
counter = 20
print(show(), show(5))
def noisy():
    print("default evaluated")
    return 0
def f(a=noisy()):
    return a
print("defined")
print(f(), f(), f(1))
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2))
