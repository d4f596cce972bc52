# lambda expressions.
add = lambda a, b: a + b
print(add(2, 3))
print((lambda: "no args")())
print((lambda x, y=10: x * y)(3))
print((lambda *a: a)(1, 2, 3))
print((lambda **kw: sorted(kw.items()))(b=2, a=1))
square = lambda x: x ** 2
print(list(map(square, range(5))))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(1)(1))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
print((lambda x: (lambda y: x + y))(1)(2))
