# Invalid int() conversions raise ValueError with CPython's messages.
for s, base in [("x", 10), ("12", 2), ("", 10), ("1.5", 10), ("0x", 16), ("9", 8), ("1__0", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
