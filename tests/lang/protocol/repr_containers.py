# Containers of objects print each element with __repr__, recursively.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x},{self.y}>"


pts = [P(1, 2), P("a", [P(3, 4)])]
print(pts)
print(tuple(pts))
print({"origin": P(0, 0), "list": pts[:1]})
print(pts[0], pts[1])
print(str(pts[1]))
print(f"{pts}")
print(repr(pts[1]))
print([[P(1, 1)], (P(2, 2),)])


class Wrapper:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "Wrapper(" + repr(self.inner) + ")"


print(Wrapper(Wrapper([P(0, 1), "s", 1.5, None])))
