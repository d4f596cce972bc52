# assert raises AssertionError with an optional message.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("message:", e)
x = []
try:
    assert x, f"x is empty: {x!r}"
except AssertionError as e:
    print(e)
def side_effect():
    print("message evaluated")
    return "msg"
assert True, side_effect()
try:
    assert 0, side_effect()
except AssertionError as e:
    print(e)
