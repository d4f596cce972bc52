# Nested try blocks: inner handlers first, then outer ones.
def level(n):
    try:
        try:
            if n == 0:
                raise ValueError("v")
            if n == 1:
                raise KeyError("k")
            if n == 2:
                raise TypeError("t")
            print("no exception")
        except ValueError as e:
            print("inner caught", repr(e))
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
for n in range(4):
    try:
        level(n)
    except TypeError as e:
        print("caller caught", repr(e))
    print("--")
try:
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise KeyError("nested")
        except KeyError as k:
            print("nested caught", repr(k), repr(k.__context__))
        print("back in outer handler")
        raise
except ValueError as v:
    print("re-raised original:", repr(v))
