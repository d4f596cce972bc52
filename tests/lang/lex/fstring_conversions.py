# f-string conversions !r and !s.
s = "it's"
n = 42
lst = ["a", 'b']
print(f"{s}")
print(f"{s!s}")
print(f"{s!r}")
print(f"{n!r} {n!s}")
print(f"{lst!r}")
print(f"{lst!s}")
print(f"{'x'!r:>6}|")
print(f"{None!r} {True!s}")
print(f"{1.5!r}")
