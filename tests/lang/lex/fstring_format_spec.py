# f-string format specs, including nested replacement fields.
x = 3.14159265
n = 255
s = "hi"
w = 10
p = 3
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|")
print(f"{x:{w}.{p}f}|")
print(f"{s:>{w}}|{s:<{w}}|{s:^{w}}|")
print(f"{s:*^{w}}|{s:-<5}|{s:#>5}|")
print(f"{n:d}|{n:5d}|{n:<5d}|{n:05d}|{n:+d}|{-n:d}|")
print(f"{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}|")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}|")
print(f"{x:e}|{x:.3e}|{12345.678:E}|")
print(f"{x:g}|{1e-10:g}|{123456789.0:g}|{0.0001:g}|")
print(f"{0.256:%}|{0.256:.1%}|")
print(f"{-x:.1f}|{x:+.1f}|{x: .1f}|")
print(f"{n:>{w}d}|{n:0{p}d}|")
print(f"{'abc':.2}|")
print(f"{7:3}|{'7':3}|")
