# AttributeError on built-in types.
for obj in [1, 1.5, "s", [1], (1,), {"a": 1}, {1}, None, True, range(3)]:
    try:
        obj.foo
    except AttributeError as e:
        print(e)
try:
    "abc".uper()
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
