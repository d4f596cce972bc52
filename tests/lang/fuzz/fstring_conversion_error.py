# Found by tests/fuzz: an f-string conversion (!r, !s, !a) whose __repr__ or
# __str__ fails released the converted object twice (a double free).
class C:
    def __repr__(self):
        return [3]
    def __str__(self):
        raise KeyError('no str')
a = C()
for i in range(3):
    try:
        f"{a!r}"
    except TypeError as e:
        print('!r', e)
    try:
        f"{a!s}"
    except KeyError as e:
        print('!s', e)
    try:
        f"{a!a}"
    except TypeError as e:
        print('!a', e)
    print(type(a).__name__, [i] * 2)
try:
    f"{10 ** 5000!s}"
except ValueError as e:
    print(str(e)[:40])
b = [7, 8]
print(type(a).__name__, b)
