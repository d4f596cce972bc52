# A yield in a list comprehension is a compile-time error: nothing runs.
print("not printed: the whole file fails to compile")
def f():
    return [(yield x) for x in range(3)]
