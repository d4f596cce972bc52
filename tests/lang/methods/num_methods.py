# Methods and attributes of int, bool, float, range and slice.
print((5).bit_length(), (-255).bit_length(), (0).bit_length(), (2**70).bit_count(), (-7).bit_count())
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, True.real, True.numerator)
print((6).as_integer_ratio(), True.as_integer_ratio(), (-2**65).as_integer_ratio())
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.0).as_integer_ratio(), (2.0).as_integer_ratio())
for x in [float("inf"), float("nan")]:
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer(), (1.5).conjugate(), (1.5).real, (1.5).imag)
print((1.5).hex(), (0.0).hex(), (-0.0).hex(), (-0.1).hex(), (5e-324).hex(), float("-inf").hex(), (1e300).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("1.8p1"), float.fromhex(" -0x1p-1074 "), float.fromhex("inf"))
print(float.fromhex("0X1P+10"), float.fromhex("0x.8"), float.fromhex("-nan"), float.fromhex((3.75).hex()))
for s in ["x", "0x", "1e5", "0x1p99999"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((5).__add__(2), (5).__add__(2.0), (5.0).__add__(2), (5).__radd__(1), (5).__truediv__(2), (7).__mod__(-3))
print((5).__neg__(), (5).__pos__(), (-5).__abs__(), (5).__invert__(), (5).__index__(), (5).__int__())
print((5.5).__int__(), (5.5).__round__(), (5.5).__round__(0), (5).__round__(-1), (15).__round__(-1))
print((5.5).__trunc__(), (-5.5).__floor__(), (5.5).__ceil__(), (7).__divmod__(2), (7).__rdivmod__(2))
print((7).__pow__(2), (7).__pow__(2, 5), (2).__rpow__(3), (2.0).__pow__(3), (2).__eq__(2.0), (2.0).__eq__(2))
print((2).__lt__(3), (2.5).__ge__(3), True.__and__(False), (6).__and__(3), (6).__xor__(3), (1).__lshift__(4))
print((5).__format__("03d"), (2.5).__format__(".3f"), (5).__bool__(), (0.0).__bool__(), (3).__float__())
print((3).__hash__(), (3.5).__hash__() == hash(3.5), (2**64).__repr__(), (2.5).__repr__())
print(int.__add__(1, 2), float.__mul__(1.5, 2), int.__neg__(True), (1.5).__pow__(2, None))
for f, args in [(int.__add__, (1.0, 2)), (float.__add__, (1, 2.0)), ((2.0).__pow__, (2, 5)),
                ((2).__pow__, (2, 0)), ((1).__lt__, ("a",))]:
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r = range(1, 10, 2)
print(r.start, r.stop, r.step, r.count(3), r.count(4), r.index(5), range(5).start, range(2, 3).step)
print(r.__len__(), r.__getitem__(1), r.__getitem__(slice(1, 3)), r.__contains__(9), list(r.__reversed__()))
print(r.__eq__(range(1, 11, 2)), r.__ne__(range(0)), r.__bool__(), range(0).__bool__(), r.__repr__())
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
s = slice(1, None, 3)
print(s.start, s.stop, s.step, s.indices(10), slice(None, None, -1).indices(5), slice(-3, 100).indices(5))
for args in [(-1,), ("x",)]:
    try:
        print(slice(1, 2).indices(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
