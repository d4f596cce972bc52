# KeyError messages use the repr of the key.
d = {"a": 1}
for key in ["missing", 42, (1, 2), "it's", None]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, "| repr:", repr(e), "| args:", e.args)
try:
    del d["zz"]
except KeyError as e:
    print("del:", e)
try:
    {}.pop(1)
except KeyError as e:
    print("pop:", e)
