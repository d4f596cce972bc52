# str() of values and multiplication of building blocks.
print(str(1), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": "v"}))
print(str("already"), str(""), repr(str(3)))
print(str(2 ** 80), str(1e-10))
x = 12
print("x = " + str(x), "x =", x)
print(len(str(10 ** 99)))
