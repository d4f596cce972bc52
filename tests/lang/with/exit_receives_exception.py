# __exit__ receives the exception type and value (None, None when the body succeeds).
class Watch:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit", exc)
        else:
            print("exit with", exc_type.__name__, repr(exc), exc.args, isinstance(exc, exc_type))
        return False


with Watch():
    pass
for make in [lambda: ValueError("v"), lambda: KeyError("k"), lambda: ZeroDivisionError]:
    try:
        with Watch():
            raise make()
    except Exception as e:
        print("propagated", type(e).__name__)
try:
    with Watch():
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
try:
    with Watch():
        [][1]
except IndexError as e:
    print("propagated", e)


class MyErr(Exception):
    pass


try:
    with Watch():
        raise MyErr("custom", 2)
except MyErr as e:
    print("propagated", e)
