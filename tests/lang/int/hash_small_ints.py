# hash() of small ints (identity except -1) and consistency with floats.
print(hash(0), hash(1), hash(42), hash(-5), hash(-1), hash(-2))
print(hash(True), hash(False))
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(2 ** 20) == hash(float(2 ** 20)))
print(hash(123456789))
