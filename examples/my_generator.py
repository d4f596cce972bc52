# From shared/seeds/004_4f5d3a6030e8c525.txt, section "Generators: 2. Creating a Generator" (verbatim).

def my_generator(limit):
    current = 0
    while current < limit:
        current += 1
        yield current

# Using the generator
for number in my_generator(5):
    print(number)
