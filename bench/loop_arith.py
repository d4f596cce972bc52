# Integer arithmetic in a while loop: a linear congruential generator mixed with
# adds, multiplies, floor divisions, modulo and bit operations on small ints.
def run(n):
    x = 12345
    acc = 0
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) % 2147483648
        acc += (x >> 7) ^ (i & 255)
        acc -= x // 65536
        if acc > 1000000000:
            acc %= 999983
        i += 1
    return acc, x

print(run(3500000))
