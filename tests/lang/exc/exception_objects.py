# Exception objects: args, str and repr.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
          IndexError(3), RuntimeError(None), Exception("x", [1])]:
    print(repr(e), "|", str(e), "|", e.args)
e = ZeroDivisionError("custom")
print(e, type(e))
try:
    1 // 0
except ZeroDivisionError as z:
    print(z.args, repr(z))
s = StopIteration(5)
print(s.value, s.args, repr(s))
print(StopIteration().value)
