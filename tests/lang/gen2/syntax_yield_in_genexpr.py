# A yield in a generator expression is a compile-time error: nothing runs.
print("not printed")
def f():
    return list((yield x) for x in range(3))
