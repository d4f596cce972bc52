# An uncaught ZeroDivisionError raised two calls deep.
def divide(a, b):
    return a / b
def compute():
    return divide(1, 0)
print("start")
compute()
