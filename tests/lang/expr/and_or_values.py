# and/or return one of their operands, with short-circuit evaluation.
def t(x):
    print("called", repr(x))
    return x

print(0 or "x")
print("" and 5)
print([] or {})
print(None or 0)
print(1 and 2 and 3)
print(1 and 0 and 3)
print(0 or "" or None)
print("a" or "b")
print([1] and [2])
print(t(0) or t(1))
print(t(1) or t(2))
print(t(0) and t(1))
print(t(2) and t(3))
print(t(None) or t(0) or t("last"))
x = [] or [1, 2]
print(x)
name = None
print(name or "default")
print(not [], not [0])
