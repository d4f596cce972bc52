# Found by tests/fuzz: the TypeError of a method of a built-in type called
# through the class on an object of another type. Methods say "descriptor 'x'
# for 'T' objects doesn't apply to a 'U' object"; slot wrappers (__add__,
# __len__...) say "descriptor 'x' requires a 'T' object but received a 'U'".
calls = [(int.bit_count, (1.5,)), (float.is_integer, (1,)), (int.__add__, (1.5, 1)),
         (str.__len__, (3,)), (str.upper, (1,)), (float.hex, ('x',))]
for f, args in calls:
    try:
        f(*args)
    except TypeError as e:
        print(e)
