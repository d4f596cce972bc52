# The name bound by `except E as e` is deleted at the end of the handler.
e = "outer value"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("after:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as u:
        return "unbound: " + str(u) + " / saved: " + str(saved)
print(f())
