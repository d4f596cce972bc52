# Found by tests/fuzz: chr() of an int outside the C int range raises
# OverflowError, not ValueError.
for v in (2**31, 2**63, -2**31 - 1, 10**20, 2**31 - 1, 0x110000, -1):
    try:
        chr(v)
    except (ValueError, OverflowError) as e:
        print(v, type(e).__name__, e)
