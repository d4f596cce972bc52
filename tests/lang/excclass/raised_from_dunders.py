# Custom exceptions raised from dunder methods propagate through the built-ins that call them.
class ProtocolError(Exception):
    pass


class Hostile:
    def __iter__(self):
        raise ProtocolError("iter")

    def __len__(self):
        raise ProtocolError("len")

    def __eq__(self, other):
        raise ProtocolError("eq")

    def __hash__(self):
        raise ProtocolError("hash")

    def __repr__(self):
        raise ProtocolError("repr")

    def __lt__(self, other):
        raise ProtocolError("lt")

    def __add__(self, other):
        raise ProtocolError("add")

    def __getitem__(self, k):
        raise ProtocolError("getitem")

    def __bool__(self):
        raise ProtocolError("bool")

    def __call__(self):
        raise ProtocolError("call")


h = Hostile()
tests = [
    lambda: list(h), lambda: len(h), lambda: h == 1, lambda: {h: 1},
    lambda: str([h]), lambda: sorted([h, h]), lambda: h + 1, lambda: h[0],
    lambda: not h, lambda: h(), lambda: 1 in [h], lambda: max(h, h),
]
for t in tests:
    try:
        t()
    except ProtocolError as e:
        print("ProtocolError", e)
