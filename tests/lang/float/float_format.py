# Formatting floats in f-strings.
for v in [0.0, 1.0, -1.5, 3.14159, 1234567.891, 1e-7, 2.5e10, 0.5, 1.5, 2.675]:
    print(f"{v}|{v:.0f}|{v:.2f}|{v:8.3f}|{v:e}|{v:g}|{v:.3g}|")
print(f"{float('inf'):.2f}|{float('-inf'):e}|{float('nan'):g}|")
print(f"{1/3:.15f}|{2/3:.20f}|")
print(f"{100.0:.1%}|{0.5:.0%}|")
print(f"{123.456:,.1f}|{-0.0:.1f}|{1e300:.3e}|")
