# Deep recursion raises RecursionError, which can be caught.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
    print(type(e), isinstance(e, RuntimeError))
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print("moderate depth still works:", count(500))
