# int() truncation, float() parsing, bool of floats.
print(int(2.9), int(-2.9), int(0.0), int(-0.5), int(1e18), int(1.5e19))
print(float("  3.25\n"), float("-0"), float("1_000.5"), float(".5"), float("5."))
print(float("1e-3"), float("-1.5E+3"), float(True), float(10 ** 20))
print(bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")))
for s in ["abc", "", "1.2.3", "1e", "--1"]:
    try:
        float(s)
    except ValueError as e:
        print(e)
print(str(1.0), str(1e50), str(-1e-50), str(123.0))
print(float(7) / 2, 7 / float(2))
