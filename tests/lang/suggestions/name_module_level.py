# At module level there are no local names: the globals and the builtins are searched.
# `del` of an unbound name, and a name read in a class body, are NameErrors with a name.
# corpus: full-stderr
colour = "red"
result = []

try:
    print(color)
except NameError as e:
    print("caught", e.name)

try:
    del reslt
except NameError as e:
    print("del", e.name, str(e))

try:
    class Palette:
        shade = colr
except NameError as e:
    print("class body", e.name)
    del reslt
