# From shared/seeds/004_4f5d3a6030e8c525.txt, section "3. Generator Expressions" (verbatim).

my_gen_expr = (x * x for x in range(5))

for value in my_gen_expr:
    print(value)
