# Division by zero messages for floats and ints.
for expr in [lambda: 1.0 / 0, lambda: 1 / 0, lambda: 1.0 // 0, lambda: 1 // 0,
             lambda: 1.0 % 0, lambda: 1 % 0, lambda: divmod(1.0, 0), lambda: divmod(1, 0),
             lambda: 0.0 ** -1, lambda: 0 ** -1]:
    try:
        expr()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
