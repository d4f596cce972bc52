# Found by tests/fuzz: an __index__ result too big for an index is reported
# with the type of the object, not 'int'.
class P:
    def __index__(self):
        return 2**70
for f in (lambda: [0, 1][P()], lambda: "ab" * P(), lambda: [1] * P(), lambda: (1, 2)[P()]):
    try:
        f()
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
