# raise with a class, an instance, and a bare re-raise.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("message", 42)
except ValueError as e:
    print(repr(e), e.args, str(e))
def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised:", repr(e))
err = TypeError("made earlier")
try:
    raise err
except TypeError as e:
    print(e is err, e)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
