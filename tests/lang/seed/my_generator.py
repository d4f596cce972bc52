def my_generator(limit):
    current = 0
    while current < limit:
        current += 1
        yield current

# Using the generator
for number in my_generator(5):
    print(number)
