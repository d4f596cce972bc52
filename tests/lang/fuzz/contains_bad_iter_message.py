# Found by tests/fuzz: `in` on an object without __contains__ iterates it; a
# TypeError from getting the iterator becomes "argument of type 'P' is not
# iterable".
class P:
    def __iter__(self):
        return 3
class Q:
    pass
for obj in (P(), Q()):
    try:
        1 in obj
    except TypeError as e:
        print(e)
try:
    iter(P())
except TypeError as e:
    print(e)
