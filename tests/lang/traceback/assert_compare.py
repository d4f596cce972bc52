# A failing assert marks the comparison it tested.
# corpus: full-stderr
def check(values):
    for v in values:
        assert v >= 0, f"negative value {v}"
    return True

print(check([1, 2]))
check([3, -1])
