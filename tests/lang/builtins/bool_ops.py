# bool is a subclass of int.
print(True + True, True * 10, False - 1, True / 2, True // 1, -True)
print(True == 1, False == 0, str(True), repr(False))
print(bool(1) is True, bool(0) is False, not True, True and 3, False or 0)
print(sum([True, False, True]), [1, 2, 3][True], {True: "yes"}[1])
print(True & True, True | False, True ^ True, True << 2)
print(isinstance(True, int), type(True + 1), type(True & False))
print(max(True, 0), min(False, 1), abs(True), int(True), float(True))
