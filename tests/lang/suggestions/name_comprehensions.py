# Comprehensions, lambdas and generators are frames of their own: their parameters and
# loop variables are the local names (including a comprehension's hidden '.0').
# corpus: full-stderr
def gen(limit):
    for step in range(limit):
        yield stepp


try:
    [itm for item in range(3)]
except NameError as e:
    print(e.name)
    try:
        (lambda value: valeu)(1)
    except NameError as e2:
        print(e2.name)
        try:
            list(gen(2))
        except NameError as e3:
            print(e3.name)
            try:
                [x1 for x in range(2)]
            except NameError:
                [a0 for q in range(2)]
