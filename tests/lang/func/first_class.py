# Functions as values: passed, returned, stored, compared.
def square(x):
    return x * x
def apply(f, v):
    return f(v)
def compose(f, g):
    return lambda x: f(g(x))
print(apply(square, 7), apply(abs, -3), apply(str, 12) + "!")
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3))
table = {"sq": square, "neg": lambda x: -x}
print([table[k](4) for k in ["sq", "neg"]])
fs = [square, inc, abs]
print([f(-2) for f in fs])
alias = square
print(alias is square, alias(9), callable(alias), callable(9))
print(type(square), type(len), type(inc))
def no_return():
    pass
def bare_return():
    return
print(no_return(), bare_return())
