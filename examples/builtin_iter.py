# From shared/seeds/004_4f5d3a6030e8c525.txt, section "3. Built-in Iterators" (verbatim).

my_list = [1, 2, 3, 4, 5]
iterator = iter(my_list)

print(next(iterator))  # Output: 1
print(next(iterator))  # Output: 2
print(next(iterator))  # Output: 3
