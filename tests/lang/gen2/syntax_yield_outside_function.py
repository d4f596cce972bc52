# A yield at module level is a compile-time error: nothing runs.
print("not printed")
x = yield 5
