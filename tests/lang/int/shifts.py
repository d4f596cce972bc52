# Left and right shifts, including past the machine word.
print(1 << 0, 1 << 1, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(255 >> 1, 255 >> 8, 255 >> 100)
print(-1 << 3, -1 >> 1, -16 >> 2, -17 >> 2)
big = 3 ** 50
print(big >> 10, big << 10)
print(-big >> 10, (-big) >> 1000)
print((1 << 200) >> 199, (1 << 200) >> 201)
x = 1
for i in range(5):
    x = (x << 17) | i
print(x)
