# abs, divmod, pow, round, bin/oct/hex, ord/chr.
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-2**70), abs(-0.0))


class N:
    def __abs__(self):
        return "abs!"

    def __index__(self):
        return 10

    def __round__(self, nd=None):
        return ("round", nd)

    def __divmod__(self, o):
        return ("divmod", o)

    def __rdivmod__(self, o):
        return ("rdivmod", o)


print(abs(N()), divmod(N(), 3), divmod(3, N()), round(N()), round(N(), 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7, 2.0), divmod(2**70, 3))
print(pow(2, 10), pow(2, -1), pow(2, 3, 5), pow(-2, 3, 5), pow(3, -1, 7), pow(2.0, 3), pow(base=2, exp=5))
print(pow(2, 100, 10**9 + 7), pow(0, 0))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2))
print(round(1350, -2), round(-1250, -2), round(5, 2), round(5, None), round(2.5, None), round(True))
print(round(0.5), round(1.5), round(123.456, 1), round(123.456, -1), round(-0.4), round(1e20))
print(bin(5), bin(-5), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**70), bin(True), hex(N()))
print(ord("a"), ord("é"), ord("€"), ord("\U0001F600"), chr(97), chr(233), chr(0x1F600), chr(N()))
for f, args in [(abs, ("a",)), (divmod, ("a", 1)), (divmod, (1, 0)), (divmod, (1.0, 0)),
                (pow, (1,)), (pow, (2, 3, 4.0)), (pow, (2, 3, 0)), (pow, ("a", 2)),
                (round, ("a",)), (round, (1.5, "a")), (hex, (1.5,)), (bin, ("a",)),
                (ord, (1,)), (ord, ("ab",)), (ord, ("",)), (chr, (-1,)), (chr, (0x110000,)),
                (chr, (2**70,)), (chr, (1.5,)), (chr, ("a",)), (round, (float("inf"),)),
                (round, (float("nan"),)), (abs, ()), (divmod, (1,))]:
    try:
        print(f(*args))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
