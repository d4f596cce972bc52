# except with a tuple of types, and bare except.
def trigger(n):
    return [lambda: 1 / 0, lambda: [][0], lambda: int("z"), lambda: None + 1][n]()
for n in range(4):
    try:
        trigger(n)
    except (ZeroDivisionError, IndexError) as e:
        print(n, "tuple clause:", type(e))
    except (ValueError,):
        print(n, "one-element tuple clause")
    except:
        print(n, "bare except")
errors = (KeyError, TypeError)
try:
    {}[1]
except errors as e:
    print("tuple from a variable:", repr(e))
