# Loop variables keep their last value; unpacking targets in for.
for i in range(5):
    pass
print(i)
for k, v in {"a": 1, "b": 2}.items():
    pass
print(k, v)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for first, *rest in [[1, 2, 3], [4]]:
    print(first, rest)
lst = [0, 0, 0]
for lst[0] in range(3):
    print(lst)
d = {}
for d["key"] in "xy":
    pass
print(d)
def unset():
    for never in []:
        pass
    try:
        return never
    except UnboundLocalError as e:
        return str(e)
print(unset())
