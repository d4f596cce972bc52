# int's and float's conversion methods called through the class on a wrong self name
# themselves in the TypeError.
def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for name in ["__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "__round__",
             "__float__", "__abs__", "__neg__", "__pos__", "__bool__"]:
    attempt(getattr(int, name), "x")
    attempt(getattr(int, name), 2.5)
    attempt(getattr(int, name), True)
for name in ["__int__", "__trunc__", "__floor__", "__ceil__", "__round__", "__float__",
             "__abs__", "__neg__", "__pos__", "__bool__"]:
    attempt(getattr(float, name), "x")
    attempt(getattr(float, name), 3)
    attempt(getattr(float, name), -2.5)
