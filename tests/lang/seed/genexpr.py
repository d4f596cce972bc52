my_gen_expr = (x * x for x in range(5))

for value in my_gen_expr:
    print(value)
