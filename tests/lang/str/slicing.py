# Slicing strings with all step forms, including non-ASCII and negative steps.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
u = "añb✓c日d"
print(u[1:4], u[::-1], u[::2], u[-2:], u[5:1:-1])
print(len(u[1:6]))
print(s[1:8][::-1][1:3])
n = None
print(s[n:4], s[4:n], s[n:n:n])
