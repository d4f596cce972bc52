# **kwargs preserves the call's keyword order.
def show(**kw):
    for k, v in kw.items():
        print(k, "=", v)
    return list(kw)
print(show(z=1, a=2, m=3))
print(show(**{"b": 1}, c=2, **{"a": 3}))
def build(**fields):
    return fields
d = build(name="rill", lang="C", year=2024)
print(d)
