# Out-of-range slice bounds clamp; negative steps walk backwards.
a = [0, 1, 2, 3, 4]
for lo in [None, -10, -2, 0, 3, 10]:
    for hi in [None, -10, -1, 2, 10]:
        print(lo, hi, a[lo:hi], a[lo:hi:-1])
s = "abcde"
print(s[10:-10:-1], s[-10:10:2], s[::-10], s[4::-2])
t = (0, 1, 2, 3)
print(t[::-1], t[1:100], t[-100:1])
