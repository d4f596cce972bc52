# An error in a generator resumed by a for loop: the loop's line has no marks (the
# corpus: full-stderr
# loop statement is the whole line), the generator's line does.
def readings(values):
    for v in values:
        yield 100 / v

for r in readings([4, 2, 0, 5]):
    print(r)
