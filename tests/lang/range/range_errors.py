# range errors and big arguments.
try:
    range(1, 10, 0)
except ValueError as e:
    print(e)
try:
    range(5)[5]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
big = range(10 ** 20, 10 ** 20 + 10, 3)
print(len(big), big[1], list(big))
print(range(-5, 5)[-1], range(3)[-3])
