# f-strings inside f-strings, multi-line and raw f-strings.
a = 3
b = 4
print(f"{f'{a}+{b}'} = {a + b}")
print(f"outer {f'inner {a * b:>5}'} end")
width = 8
for word in ["x", "yy", "zzz"]:
    print(f"[{word:>{width}}] [{word!r:<{width}}]")
msg = f"""multi
line {a}
and {b}"""
print(msg)
print(rf"\d{a}")
print(fr"{b}\n")
d = {"a": 1}
print(f"{d['a']} {d}")
print(f"{ {'k': a}['k'] }")
