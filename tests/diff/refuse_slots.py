class P:
    __slots__ = ("x",)
